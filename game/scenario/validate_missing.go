package scenario

import "fmt"

// missing reports a required key left out of the mapping at base. When the
// mapping holds a misspelling of it instead (mandat: for mandate:, which
// the key check already reported as unknown), the finding is placed on that
// key, right after the unknown-key finding: the root cause reads first, its
// consequence second, rather than the consequence first at the top of the
// mapping.
func (v *validator) missing(base []step, key, format string, args ...any) {
	if v.refused.has(extend(base, key)) {
		return // written, but refused as written (refused.go)
	}
	if k := v.misspelt(base, key); k != "" {
		v.errKey(extend(base, k), format, args...)
		return
	}
	v.errf(base, format, args...)
}

// misspelt returns the key of the mapping at base that looks like a
// misspelling of key (within a small edit distance), or "" when key itself
// is written or nothing is close.
func (v *validator) misspelt(base []step, key string) string {
	n, ok := v.loc.node(base)
	if !ok {
		return ""
	}
	best, bestD := "", max(1, len(key)/3)+1
	for _, mv := range mappingValues(unwrap(n)) {
		if mv == nil {
			continue
		}
		k := keyText(mv.Key)
		if k == key {
			return ""
		}
		if d := editDistance(k, key); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// injectName names an inject in a finding: by its id when it has one
// (inject "gale-warning"), else by its position (inject #3).
func injectName(i int, in *Inject) string {
	if in.ID != "" {
		return fmt.Sprintf("inject %q", in.ID)
	}
	return fmt.Sprintf("inject #%d", i+1)
}
