// Package testsys gives tests the real parts of Wegwijzer, built once per test binary: the built-in catalogue,
// its index, and engines over a fresh embedded store.
package testsys

import (
	"sync"
	"testing"

	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

var (
	once sync.Once
	cat  *content.Catalogue
	ix   *index.Index
	err  error
)

// Search returns the built-in catalogue and its index, built once for all tests of the binary.
func Search(tb testing.TB) (*content.Catalogue, *index.Index) {
	tb.Helper()
	once.Do(func() {
		cat, _, err = content.Load(content.Builtin(), content.Options{})
		if err == nil {
			ix, err = index.New(cat, index.Options{})
		}
	})
	if err != nil {
		tb.Fatalf("built-in catalogue: %v", err)
	}
	return cat, ix
}

// Store opens an embedded store in a temporary folder, closed when the test ends.
func Store(tb testing.TB) *boltstore.Store {
	tb.Helper()
	st, err := boltstore.Open(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

// Engine returns an engine over the built-in catalogue and a fresh embedded store.
func Engine(tb testing.TB, opts bot.Options) *bot.Engine {
	tb.Helper()
	c, i := Search(tb)
	return bot.New(c, i, Store(tb), nil, opts)
}
