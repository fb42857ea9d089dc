// Package proccpu reads the CPU time this process has used, so that
// benchmarks on a shared machine can report it beside wall time (which
// counts the neighbours' work too).
package proccpu
