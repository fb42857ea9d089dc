package scenario

import "reflect"

// A field whose scalar checkScalar refused ("rounds: 6.5") was reported
// once, at its value. The decoder still fills it with its guess (6), and
// the checks that read it would report findings that follow only from that
// guess ("deadline 7 is after the last round (6)"). So a refused field is
// set back to its zero value, which the checks read as "not given" (they
// check rounds against a deadline only when rounds > 0), and the
// validator drops any finding on the field itself (a second "rounds must
// be at least 1" for "rounds: 0.5").

// refusedFields holds the paths of the refused fields, by pathString.
type refusedFields map[string][]step

// add records a refused field.
func (r refusedFields) add(path []step) {
	r[pathString(path)] = append([]step(nil), path...)
}

// has reports whether the finding at path is on a refused field.
func (r refusedFields) has(path []step) bool {
	_, ok := r[pathString(path)]
	return ok
}

// zero sets every refused field of sc back to its zero value. The paths
// come from the tree the scenario was decoded from, so each leads to the
// field; one that does not (through an alias or a nil pointer) is left.
func (r refusedFields) zero(sc *Scenario) {
	for _, path := range r {
		zeroAt(reflect.ValueOf(sc).Elem(), path)
	}
}

// zeroAt sets the value at path under v to its zero value.
func zeroAt(v reflect.Value, path []step) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if len(path) == 0 {
		if v.CanSet() {
			v.SetZero()
		}
		return
	}
	switch step := path[0].(type) {
	case int:
		if v.Kind() == reflect.Slice && step >= 0 && step < v.Len() {
			zeroAt(v.Index(step), path[1:])
		}
	case string:
		switch v.Kind() {
		case reflect.Struct:
			if f, ok := structField(v.Type(), step); ok {
				zeroAt(v.Field(f), path[1:])
			}
		case reflect.Map:
			// A map's values cannot be set in place: copy, zero, store.
			k := reflect.ValueOf(step)
			if !k.Type().ConvertibleTo(v.Type().Key()) {
				return
			}
			k = k.Convert(v.Type().Key())
			old := v.MapIndex(k)
			if !old.IsValid() {
				return
			}
			cp := reflect.New(v.Type().Elem()).Elem()
			cp.Set(old)
			zeroAt(cp, path[1:])
			v.SetMapIndex(k, cp)
		}
	}
}

// structField returns the index of the field of t whose YAML key is key.
func structField(t reflect.Type, key string) (int, bool) {
	for i := 0; i < t.NumField(); i++ {
		if yamlKey(t.Field(i)) == key {
			return i, true
		}
	}
	return 0, false
}
