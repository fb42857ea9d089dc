package save

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDirFor(t *testing.T) {
	home := func() (string, error) { return "/home/ann", nil }
	config := func() (string, error) { return "/cfg", nil }
	noHome := func() (string, error) { return "", errors.New("no $HOME") }
	cases := []struct {
		name string
		goos string
		env  map[string]string
		home func() (string, error)
		want string
		err  bool
	}{
		{"override", "linux", map[string]string{EnvDir: "/tmp/s", "XDG_DATA_HOME": "/x"}, home, "/tmp/s", false},
		{"xdg", "linux", map[string]string{"XDG_DATA_HOME": "/x"}, home, "/x/liaison/saves", false},
		{"relative xdg ignored", "linux", map[string]string{"XDG_DATA_HOME": "x"}, home, "/home/ann/.local/share/liaison/saves", false},
		{"home", "linux", nil, home, "/home/ann/.local/share/liaison/saves", false},
		{"bsd is xdg", "freebsd", nil, home, "/home/ann/.local/share/liaison/saves", false},
		{"no home", "linux", nil, noHome, "", true},
		{"windows", "windows", map[string]string{"XDG_DATA_HOME": "/x"}, home, "/cfg/Liaison/saves", false},
		{"mac", "darwin", nil, home, "/cfg/Liaison/saves", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := dirFor(c.goos, func(k string) string { return c.env[k] }, c.home, config)
			if c.err {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, filepath.FromSlash(c.want), got)
		})
	}
}

func TestDirHonoursOverride(t *testing.T) {
	t.Setenv(EnvDir, "/somewhere/saves")
	got, err := Dir()
	require.NoError(t, err)
	assert.Equal(t, "/somewhere/saves", got)
}
