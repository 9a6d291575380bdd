package boltaccounts_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/accountstest"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/boltaccounts"
)

func TestConformance(t *testing.T) {
	accountstest.Run(t, func(t *testing.T) dashboard.Accounts {
		a, err := boltaccounts.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close() })
		return a
	})
}

func TestSecondOpenSaysTheFileIsInUse(t *testing.T) {
	dir := t.TempDir()
	a, err := boltaccounts.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := boltaccounts.Open(dir); err == nil || !strings.Contains(err.Error(), "serve") {
		t.Errorf("second open: %v, want an error that names serve", err)
	}
}
