package assets

import "testing"

func TestFontsAreTrueType(t *testing.T) {
	for name, b := range map[string][]byte{"regular": FontRegular(), "bold": FontBold(), "mono": FontMono()} {
		if len(b) < 1000 || string(b[:4]) != "\x00\x01\x00\x00" {
			t.Errorf("%s font does not look like a TrueType file (%d bytes)", name, len(b))
		}
	}
}

func TestIconsDecode(t *testing.T) {
	names := IconNames()
	if len(names) < 20 {
		t.Fatalf("only %d icons embedded", len(names))
	}
	for _, n := range names {
		img, err := Icon(n)
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != 48 || b.Dy() != 48 {
			t.Errorf("icon %s is %v, want 48×48", n, b)
		}
	}
	if _, err := Icon("no-such-icon"); err == nil {
		t.Error("a missing icon must be an error")
	}
}
