package webclient

import "net/http"

// GamePaths are the game server's endpoints that Mux sends to the game
// handler: the websocket and the health check.
var GamePaths = []string{"/ws", "/healthz"}

// Mux serves the game's endpoints (GamePaths) with game and everything
// else with Handler(dir), so a trainee's page and its websocket share one
// origin: the page joins ws(s)://its-own-host/ws, and the host accepts
// upgrades from its own origin without any --allow-origin. liaisonctl
// serve --web and the browser tests serve exactly this.
func Mux(game http.Handler, dir string) http.Handler {
	mux := http.NewServeMux()
	for _, p := range GamePaths {
		mux.Handle(p, game)
	}
	mux.Handle("/", Handler(dir))
	return mux
}
