package ui

import (
	"sync"
	"syscall/js"
)

// maxPaste bounds one paste: text fields are short, and a page's clipboard
// could hold megabytes.
const maxPaste = 1024

// paste holds what the browser pasted since the last frame. The browser
// delivers pastes as events, outside the frame loop, hence the lock.
var paste struct {
	once  sync.Once
	mu    sync.Mutex
	runes []rune
}

// pastedText appends to dst the text pasted (Ctrl+V or Cmd+V) since the
// last call. Ebiten's canvas cancels every key's default action, which
// would cancel the paste too; so a listener that runs before the canvas's
// (capture phase, on the window) lets Ctrl+V through to the browser, and a
// paste listener takes the clipboard's text. The game never reads the
// clipboard by itself (no permission prompt): only what the trainee pastes.
func pastedText(dst []rune) []rune {
	paste.once.Do(listenPaste)
	paste.mu.Lock()
	defer paste.mu.Unlock()
	dst = append(dst, paste.runes...)
	paste.runes = paste.runes[:0]
	return dst
}

func listenPaste() {
	win := js.Global()
	doc := win.Get("document")
	if doc.IsUndefined() || doc.IsNull() {
		return
	}
	win.Call("addEventListener", "keydown", js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		k := e.Get("key").String()
		if (e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) && !e.Get("altKey").Bool() && (k == "v" || k == "V") {
			e.Call("stopImmediatePropagation")
		}
		return nil
	}), true)
	doc.Call("addEventListener", "paste", js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		data := e.Get("clipboardData")
		if data.IsUndefined() || data.IsNull() {
			return nil
		}
		e.Call("preventDefault")
		text := data.Call("getData", "text/plain").String()
		paste.mu.Lock()
		defer paste.mu.Unlock()
		for _, r := range text {
			if len(paste.runes) >= maxPaste {
				break
			}
			paste.runes = append(paste.runes, r)
		}
		return nil
	}))
}
