// Package hook is the slot through which package rules hands its
// speed-only entry points to package enginefast. rules cannot import
// enginefast (enginefast's calls name rules' types, so enginefast imports
// rules), and rules exports nothing about speed; so rules, in its init,
// stores here a value whose methods enginefast asserts once, typed, when
// it is initialised (after rules, which it imports). Nothing else reads or
// writes Engine.
package hook

// Engine is set by package rules' init to its speed-only engine: a value
// with the methods enginefast's engine interface lists.
var Engine any
