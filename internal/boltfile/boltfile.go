// Package boltfile is a bbolt database that can be compacted in place. bbolt keeps deleted records in its freed
// pages until they are reused, so an erased question stays readable in the file; Compact copies the live records
// to a new file, puts it in place and overwrites the old file with zeros, so that what was erased is gone from
// the file, not merely unreachable.
package boltfile

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// DB is a bbolt database whose transactions wait while Compact swaps the file. It is safe for concurrent use.
type DB struct {
	mu   sync.RWMutex
	db   *bolt.DB
	path string
	mode os.FileMode
	opts *bolt.Options
}

// Open opens (or creates) the bbolt file at path, as bolt.Open does.
func Open(path string, mode os.FileMode, opts *bolt.Options) (*DB, error) {
	db, err := bolt.Open(path, mode, opts)
	if err != nil {
		return nil, err
	}
	return &DB{db: db, path: path, mode: mode, opts: opts}, nil
}

// View runs fn in a read-only transaction.
func (d *DB) View(fn func(*bolt.Tx) error) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.db.View(fn)
}

// Update runs fn in a read-write transaction.
func (d *DB) Update(fn func(*bolt.Tx) error) error {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.db.Update(fn)
}

// Close closes the file.
func (d *DB) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.db.Close()
}

// compactTxSize bounds the size of one transaction of the copy.
const compactTxSize = 16 << 20

// Compact rewrites the file with its live records only and overwrites the old file's bytes with zeros. The swap
// is a rename, so a crash leaves either the old file or the new one at the path, whole. Transactions wait while
// it runs.
func (d *DB) Compact() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	tmp := d.path + ".compact"
	_ = os.Remove(tmp)
	dst, err := bolt.Open(tmp, d.mode, &bolt.Options{Timeout: d.opts.Timeout})
	if err != nil {
		return fmt.Errorf("boltfile: compact: %w", err)
	}
	if err := bolt.Compact(dst, d.db, compactTxSize); err != nil {
		dst.Close()
		os.Remove(tmp)
		return fmt.Errorf("boltfile: compact: %w", err)
	}
	if err := dst.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("boltfile: compact: %w", err)
	}
	// The old file stays open for writing across the rename: its bytes are overwritten after the new file is in
	// place, so the path never holds a zeroed file.
	old, err := os.OpenFile(d.path, os.O_WRONLY, 0)
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("boltfile: compact: %w", err)
	}
	defer old.Close()
	if err := d.db.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("boltfile: compact: %w", err)
	}
	renameErr := os.Rename(tmp, d.path)
	if renameErr == nil {
		syncDir(filepath.Dir(d.path))
	}
	// Reopen whatever is at the path now: the new file, or the old one when the rename failed.
	db, err := bolt.Open(d.path, d.mode, d.opts)
	if err != nil {
		return fmt.Errorf("boltfile: compact: reopen: %w", err)
	}
	d.db = db
	if renameErr != nil {
		os.Remove(tmp)
		return fmt.Errorf("boltfile: compact: %w", renameErr)
	}
	if err := zero(old); err != nil {
		return fmt.Errorf("boltfile: compact: overwrite the old file: %w", err)
	}
	return nil
}

// zero overwrites the whole file with zeros and syncs it.
func zero(f *os.File) error {
	st, err := f.Stat()
	if err != nil {
		return err
	}
	buf := make([]byte, 1<<16)
	for off := int64(0); off < st.Size(); off += int64(len(buf)) {
		n := min(int64(len(buf)), st.Size()-off)
		if _, err := f.WriteAt(buf[:n], off); err != nil {
			return err
		}
	}
	return f.Sync()
}

func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		_ = f.Sync()
		f.Close()
	}
}
