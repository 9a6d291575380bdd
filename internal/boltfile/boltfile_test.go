package boltfile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestCompactLeavesNoDeletedByte(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.db")
	d, err := Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	secret, kept := []byte("geheime-vraag-van-anna"), []byte("blijvende-vraag")
	err = d.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("b"))
		if err != nil {
			return err
		}
		for i := range 200 {
			if err := b.Put([]byte{byte(i)}, append(bytes.Repeat([]byte("x"), 100), secret...)); err != nil {
				return err
			}
		}
		return b.Put([]byte("keep"), kept)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = d.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("b"))
		for i := range 200 {
			if err := b.Delete([]byte{byte(i)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !bytes.Contains(raw, secret) {
		t.Fatal("the deleted value is not in the file before compaction: the test proves nothing")
	}
	old, err := os.Open(path) // what a reader that had the file open still sees
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if err := d.Compact(); err != nil {
		t.Fatal(err)
	}
	raw, _ = os.ReadFile(path)
	if bytes.Contains(raw, secret) {
		t.Error("the deleted value is still in the file after compaction")
	}
	var oldBytes bytes.Buffer
	if _, err := oldBytes.ReadFrom(old); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(oldBytes.Bytes(), secret) {
		t.Error("the old file's bytes still hold the deleted value")
	}
	err = d.View(func(tx *bolt.Tx) error {
		if got := tx.Bucket([]byte("b")).Get([]byte("keep")); !bytes.Equal(got, kept) {
			t.Errorf("after compaction keep = %q, want %q", got, kept)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files after compaction: %v, want only x.db", entries)
	}
}
