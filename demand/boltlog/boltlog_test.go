package boltlog

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand/demandtest"
)

func TestConformance(t *testing.T) {
	demandtest.Run(t, func(t *testing.T) demandtest.Store {
		l, err := Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { l.Close() })
		return l
	})
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	st, err := os.Stat(filepath.Join(dir, File))
	if err != nil {
		t.Fatal(err)
	}
	if perm := st.Mode().Perm(); perm != 0o600 {
		t.Errorf("mode = %o, want 600", perm)
	}
}

// TestErasureLeavesNoByte erases a person and reads the file: their text must not be in it, not even in freed pages.
func TestErasureLeavesNoByte(t *testing.T) {
	dir := t.TempDir()
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ctx := t.Context()
	now := time.Now()
	var events []wegwijzer.DemandEvent
	for i := range 50 {
		ev := demandtest.Event(fmt.Sprintf("e%d", i), "p-anna", now.Add(time.Duration(i)*time.Second))
		ev.Text = "mijn bakkerij-korenschoof-geheim wil verduurzamen"
		events = append(events, ev)
	}
	keep := demandtest.Event("k1", "p-bert", now)
	keep.Text = "een vraag over export"
	if err := l.Append(ctx, append(events, keep)...); err != nil {
		t.Fatal(err)
	}
	link := wegwijzer.DemandLink{Item: "i1", OfferID: "eia", Questions: []string{"korenschoof-linkwoord"}, Time: now, Asked: now, Persons: []string{"p-anna"}}
	if err := l.SaveLink(ctx, link); err != nil {
		t.Fatal(err)
	}
	if _, err := l.ErasePerson(ctx, "p-anna"); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, File))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"korenschoof-geheim", "korenschoof-linkwoord", "p-anna"} {
		if bytes.Contains(raw, []byte(s)) {
			t.Errorf("after erasure the file still holds %q", s)
		}
	}
	if !bytes.Contains(raw, []byte("een vraag over export")) {
		t.Error("the other person's question is gone too")
	}
}
