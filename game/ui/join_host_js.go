package ui

import "syscall/js"

// pageHost is the websocket endpoint of the host that served this page,
// ws(s)://HOST/ws: a browser client joins only its own origin (the host
// refuses other origins' upgrades anyway).
func pageHost() string {
	loc := js.Global().Get("location")
	if loc.IsUndefined() || loc.IsNull() {
		return ""
	}
	scheme := "ws://"
	if loc.Get("protocol").String() == "https:" {
		scheme = "wss://"
	}
	return scheme + loc.Get("host").String() + "/ws"
}
