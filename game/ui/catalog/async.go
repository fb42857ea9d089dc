package catalog

import (
	"sync"

	"liaison/game/scenario"
	"liaison/scenarios"
)

// Catalog is the menu's list of scenarios, parsed in the background so the
// first frame does not wait for large files. Entries start with their name
// only (Pending) and fill in as parsing finishes.
type Catalog struct {
	mu      sync.Mutex
	entries []Entry
	version int
	done    chan struct{}
	once    sync.Once
}

// Start lists the embedded scenarios (and the file at path, first, when
// given) at once and parses them concurrently. It returns the catalog and
// the index to select.
func Start(path string) (*Catalog, int) {
	c, sel := List(path)
	c.Begin()
	return c, sel
}

// List is Start without the background parsing: the file at path (if any)
// is read at once and the embedded scenarios wait for Begin. The game calls
// Begin after its first frame so parsing does not compete with start-up.
func List(path string) (*Catalog, int) {
	names := scenarios.Names()
	c := &Catalog{done: make(chan struct{})}
	sel := 0
	if path != "" {
		// The named file decides the first scene, so it is read at once.
		c.entries = append(c.entries, File(path))
		c.version++
	}
	for _, n := range names {
		if path == "" && n == scenarios.Default {
			sel = len(c.entries)
		}
		c.entries = append(c.entries, Entry{Name: n, Embedded: true, Default: n == scenarios.Default, Pending: true})
	}
	return c, sel
}

// Begin starts parsing the pending entries in the background (once).
func (c *Catalog) Begin() {
	c.once.Do(c.parseAll)
}

func (c *Catalog) parseAll() {
	var wg sync.WaitGroup
	for i := range c.entries {
		if !c.entries[i].Pending {
			continue
		}
		wg.Add(1)
		go func(i int, name string, embedded bool) {
			defer wg.Done()
			var e Entry
			if embedded {
				e = parseEmbedded(name)
			} else {
				e = File(name)
			}
			c.mu.Lock()
			e.Default = c.entries[i].Default
			c.entries[i] = e
			c.version++
			c.mu.Unlock()
		}(i, c.entries[i].Name, c.entries[i].Embedded)
	}
	go func() { wg.Wait(); close(c.done) }()
}

// Wait blocks until every entry is parsed (starting the parsing if needed).
func (c *Catalog) Wait() {
	c.Begin()
	<-c.done
}

// Snapshot copies the entries into dst if they changed since version seen;
// it returns the entries and the current version.
func (c *Catalog) Snapshot(dst []Entry, seen int) ([]Entry, int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if seen == c.version && dst != nil {
		return dst, seen, false
	}
	dst = append(dst[:0], c.entries...)
	return dst, c.version, true
}

// Update replaces the entry with the same name (after a reload).
func (c *Catalog) Update(e Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range c.entries {
		if c.entries[i].Name == e.Name {
			e.Default = c.entries[i].Default
			c.entries[i] = e
			c.version++
		}
	}
}

func parseEmbedded(n string) Entry {
	data, err := scenarios.Read(n)
	e := Entry{Name: n, Embedded: true, Default: n == scenarios.Default, Data: data}
	if err != nil {
		e.ReadErr = err.Error()
	} else {
		e.Scenario, e.Diags = scenario.Parse(n, data)
	}
	return e
}
