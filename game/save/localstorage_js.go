package save

import (
	"fmt"
	"syscall/js"
)

// BrowserPrefix starts the keys of the browser build's saves in localStorage.
const BrowserPrefix = "liaison/saves/"

// LocalStorage is the browser's window.localStorage as a KV. The browser
// throws when its storage is full (QuotaExceededError) or turned off (a
// SecurityError in some private modes); both come back as errors.
type LocalStorage struct{}

// OpenBrowser returns the browser build's Store: saves in this site's
// localStorage under BrowserPrefix. It fails, with the browser's reason,
// when the storage cannot be used.
func OpenBrowser() (*KVStore, error) {
	var ls LocalStorage
	if _, _, err := ls.Get(BrowserPrefix + ".probe"); err != nil {
		return nil, fmt.Errorf("the browser's storage cannot be used: %w", err)
	}
	return &KVStore{KV: ls, Prefix: BrowserPrefix, Dir: "this browser's storage for this site"}, nil
}

// call runs f, turning a JavaScript exception into an error.
func call(what string, f func() js.Value) (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(js.Error); ok {
				err = fmt.Errorf("%s: %s", what, je.Value.Get("message").String())
				if n := je.Value.Get("name"); n.Type() == js.TypeString && n.String() == "QuotaExceededError" {
					err = fmt.Errorf("%s: the browser's storage for this site is full; delete old saves or free space in the browser's site settings", what)
				}
				return
			}
			err = fmt.Errorf("%s: %v", what, r)
		}
	}()
	st := js.Global().Get("localStorage")
	if st.IsUndefined() || st.IsNull() {
		return js.Undefined(), fmt.Errorf("%s: this browser has no localStorage", what)
	}
	return f(), nil
}

func storage() js.Value { return js.Global().Get("localStorage") }

// Get implements KV.
func (LocalStorage) Get(key string) (string, bool, error) {
	v, err := call("read "+key, func() js.Value { return storage().Call("getItem", key) })
	if err != nil {
		return "", false, err
	}
	if v.Type() != js.TypeString {
		return "", false, nil
	}
	return v.String(), true, nil
}

// Set implements KV.
func (LocalStorage) Set(key, value string) error {
	_, err := call("write "+key, func() js.Value { return storage().Call("setItem", key, value) })
	return err
}

// Remove implements KV.
func (LocalStorage) Remove(key string) error {
	_, err := call("remove "+key, func() js.Value { return storage().Call("removeItem", key) })
	return err
}

// Keys implements KV.
func (LocalStorage) Keys(prefix string) ([]string, error) {
	var out []string
	_, err := call("list the browser's storage", func() js.Value {
		st := storage()
		n := st.Get("length").Int()
		for i := 0; i < n; i++ {
			k := st.Call("key", i)
			if k.Type() == js.TypeString {
				if s := k.String(); len(s) >= len(prefix) && s[:len(prefix)] == prefix {
					out = append(out, s)
				}
			}
		}
		return js.Undefined()
	})
	return out, err
}
