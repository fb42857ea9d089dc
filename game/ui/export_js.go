package ui

import (
	"bytes"
	"fmt"
	"syscall/js"

	"liaison/game/report"
)

// deliverAAR hands the AAR's HTML page and Markdown debrief to the browser
// as two downloads (the browser may ask once whether the site may download
// several files). The browser build draws no charts (report's charts_js.go).
func (a *App) deliverAAR(aar *report.AAR, begin func(what string)) (string, error) {
	var html, md bytes.Buffer
	begin("writing the HTML page")
	if err := report.WriteHTML(&html, aar); err != nil {
		return "", err
	}
	begin("writing the Markdown debrief")
	if err := report.WriteMarkdown(&md, aar); err != nil {
		return "", err
	}
	base := report.BaseName(aar)
	if err := download(base+".html", "text/html;charset=utf-8", html.Bytes()); err != nil {
		return "", err
	}
	if err := download(base+".md", "text/markdown;charset=utf-8", md.Bytes()); err != nil {
		return "", err
	}
	return fmt.Sprintf("Downloaded %s.html and %s.md (see your browser's downloads)", base, base), nil
}

// download offers data to the player as a file called name: a Blob behind
// a temporary link that is clicked, the way a web page saves a file.
func download(name, mime string, data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("download %s: the browser refused: %v", name, r)
		}
	}()
	g := js.Global()
	arr := g.Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	opts := g.Get("Object").New()
	opts.Set("type", mime)
	blob := g.Get("Blob").New(g.Get("Array").Call("of", arr), opts)
	urls := g.Get("URL")
	url := urls.Call("createObjectURL", blob)
	doc := g.Get("document")
	link := doc.Call("createElement", "a")
	link.Set("href", url)
	link.Set("download", name)
	link.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", link)
	link.Call("click")
	link.Call("remove")
	// Revoked later, not now: revoking at once can cancel the download.
	g.Call("setTimeout", urls.Get("revokeObjectURL").Call("bind", urls, url), 60000)
	return nil
}
