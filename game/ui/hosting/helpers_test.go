package hosting

import (
	"os/exec"
	"strconv"
)

func itoa(n int) string { return strconv.Itoa(n) }

// goList lists a package's dependencies.
func goList(pkg string) (string, error) {
	out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
	return string(out), err
}
