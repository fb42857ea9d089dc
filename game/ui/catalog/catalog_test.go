package catalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEmbeddedDefaultFirst(t *testing.T) {
	entries, sel := Build("")
	if len(entries) == 0 || !entries[sel].Default || entries[sel].Name != "tutorial.yaml" {
		t.Fatalf("default not selected: %d %+v", sel, entries)
	}
	e := entries[sel]
	if !e.OK() || e.Title() == "" || !strings.Contains(e.Summary(), "2 teams · 7 rounds of 6 hours · 1 threat") {
		t.Fatalf("tutorial summary %q / %q", e.Title(), e.Summary())
	}
}

func TestBadFileCarriesDiagnostics(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("id: x\ntitle: X\nrounds: many\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	entries, sel := Build(bad)
	e := entries[sel]
	if e.OK() || len(e.Diags.Errors()) == 0 || !strings.Contains(e.Summary(), "error") {
		t.Fatalf("bad file: %+v", e)
	}
	d := e.Diags.Errors()[0]
	if d.File != bad || d.Line < 1 {
		t.Fatalf("diagnostic not located: %+v", d)
	}
	missing := File(filepath.Join(dir, "nope.yaml"))
	if missing.OK() || missing.ReadErr == "" || !strings.Contains(missing.Summary(), "cannot be read") {
		t.Fatalf("missing file: %+v", missing)
	}
	if File(dir).ReadErr == "" {
		t.Fatal("a folder is not a scenario")
	}
}

func TestReflow(t *testing.T) {
	if got := Reflow("a b\nc\n\nd\n  e\n"); got != "a b c\n\nd e" {
		t.Fatalf("Reflow = %q", got)
	}
}

func TestStartParsesInBackground(t *testing.T) {
	c, sel := Start("")
	c.Wait()
	entries, v, changed := c.Snapshot(nil, -1)
	if !changed || v == 0 || entries[sel].Name != "tutorial.yaml" || !entries[sel].OK() {
		t.Fatalf("after Wait: sel %d %+v", sel, entries[sel])
	}
	for _, e := range entries {
		if e.Pending {
			t.Fatalf("%s still pending after Wait", e.Name)
		}
	}
	if _, _, changed := c.Snapshot(entries, v); changed {
		t.Fatal("no change since last snapshot")
	}
	c2, sel2 := Start(filepath.Join(t.TempDir(), "x.yaml"))
	c2.Wait()
	e2, _, _ := c2.Snapshot(nil, -1)
	if sel2 != 0 || !e2[0].Bad() || e2[0].Embedded {
		t.Fatalf("path entry first and bad: %+v", e2[0])
	}
}
