package demand

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/wegwijzer/wegwijzer"
)

// SpoolFile is the name of the spool file in the data folder.
const SpoolFile = "demand.spool"

// Spool is a local append-only file of demand events (one JSON object a line) that waits for the demand log to
// come back. It holds scrubbed, pseudonymised events only, like the log itself. Events may be delivered more than
// once (a replay that was cut short starts again from the beginning); the log's idempotent Append makes that
// harmless. A Spool is safe for concurrent use, also by several processes sharing a data folder (serve and ask):
// every read and write holds a lock file.
type Spool struct {
	path string

	mu sync.Mutex // guards the file within this process; lockFile guards it between processes

	drainMu sync.Mutex // one replay or erasure at a time
}

// OpenSpool returns the spool at path; the file is created on the first Add.
func OpenSpool(path string) *Spool { return &Spool{path: path} }

// Path returns the spool file's path.
func (s *Spool) Path() string { return s.path }

// Add appends events and syncs the file, so that an event the spool accepted survives a crash.
func (s *Spool) Add(events ...wegwijzer.DemandEvent) error {
	var buf bytes.Buffer
	for _, ev := range events {
		line, err := json.Marshal(ev)
		if err != nil {
			return fmt.Errorf("demand: spool: encode event: %w", err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	// Lock order everywhere: drainMu, then the lock file, then mu.
	unlock, err := s.lockFile()
	if err != nil {
		return err
	}
	defer unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	// The file is opened for each write: another process's replay may have replaced it meanwhile, and a file
	// kept open would then be a deleted one.
	f, err := os.OpenFile(s.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("demand: spool: %w", err)
	}
	defer f.Close()
	// A crash may have left half a line; end it, so the first new event is not glued to it and lost too.
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		last := make([]byte, 1)
		if r, err := os.Open(s.path); err == nil {
			_, rerr := r.ReadAt(last, st.Size()-1)
			r.Close()
			if rerr == nil && last[0] != '\n' {
				buf = *bytes.NewBuffer(append([]byte{'\n'}, buf.Bytes()...))
			}
		}
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("demand: spool: write: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("demand: spool: sync: %w", err)
	}
	return nil
}

// lockFile takes the spool's lock file (demand.spool.lock), which processes sharing a data folder hold around
// every read and write of the spool. It blocks while another process (or goroutine) holds it; callers take it
// before mu.
func (s *Spool) lockFile() (unlock func(), err error) {
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return nil, fmt.Errorf("demand: spool: %w", err)
	}
	f, err := os.OpenFile(s.path+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("demand: spool: lock: %w", err)
	}
	if err := lockExclusive(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("demand: spool: lock: %w", err)
	}
	return func() { unlockFile(f); f.Close() }, nil
}

// Len returns the number of events waiting in the spool.
func (s *Spool) Len() (int, error) {
	unlock, err := s.lockFile()
	if err != nil {
		return 0, err
	}
	defer unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	evs, _, err := s.read()
	return len(evs), err
}

// read returns the events in the file and its size. Lines that do not decode (the tail of a write cut short by a
// crash) are skipped. The caller holds mu.
func (s *Spool) read() ([]wegwijzer.DemandEvent, int64, error) {
	data, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("demand: spool: read: %w", err)
	}
	var evs []wegwijzer.DemandEvent
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		var ev wegwijzer.DemandEvent
		if json.Unmarshal(sc.Bytes(), &ev) == nil && ev.ID != "" {
			evs = append(evs, ev)
		}
	}
	return evs, int64(len(data)), nil
}

// Drain hands the spooled events to deliver in batches of at most batch events and, when every batch was
// delivered, removes them from the spool. Events added while Drain runs stay for the next one. On an error the
// spool keeps everything; the next Drain delivers the batches that got through again.
func (s *Spool) Drain(batch int, deliver func([]wegwijzer.DemandEvent) error) (int, error) {
	s.drainMu.Lock()
	defer s.drainMu.Unlock()
	// The lock file is held for the whole replay: another process must neither replay the same events nor
	// append between the read and the removal of what was delivered.
	unlock, err := s.lockFile()
	if err != nil {
		return 0, err
	}
	defer unlock()
	s.mu.Lock()
	evs, size, err := s.read()
	s.mu.Unlock()
	if err != nil || len(evs) == 0 {
		return 0, err
	}
	for i := 0; i < len(evs); i += batch {
		if err := deliver(evs[i:min(i+batch, len(evs))]); err != nil {
			return 0, err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(evs), s.dropPrefix(size)
}

// dropPrefix removes the first n bytes of the spool file, keeping what was appended after them. The caller holds
// mu.
func (s *Spool) dropPrefix(n int64) error {
	data, err := os.ReadFile(s.path)
	if err != nil {
		return fmt.Errorf("demand: spool: %w", err)
	}
	return s.replace(data[min(n, int64(len(data))):])
}

// replace swaps the spool file's content for data, atomically. The caller holds mu.
func (s *Spool) replace(data []byte) error {
	if len(data) == 0 {
		if err := os.Remove(s.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("demand: spool: %w", err)
		}
		return nil
	}
	tmp := s.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("demand: spool: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("demand: spool: rewrite: %w", err)
	}
	return nil
}

// Erase removes the events of the persons from the spool and returns how many it removed. It waits for a running
// Drain, so no event of theirs reaches the log after Erase returns.
func (s *Spool) Erase(persons ...string) (int, error) {
	s.drainMu.Lock()
	defer s.drainMu.Unlock()
	unlock, err := s.lockFile()
	if err != nil {
		return 0, err
	}
	defer unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	data, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("demand: spool: %w", err)
	}
	drop := map[string]bool{}
	for _, p := range persons {
		drop[p] = true
	}
	var kept bytes.Buffer
	n := 0
	r := bufio.NewReader(bytes.NewReader(data))
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var ev wegwijzer.DemandEvent
			if json.Unmarshal(line, &ev) == nil && drop[ev.Person] {
				n++
			} else {
				kept.Write(line)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if n == 0 {
		return 0, nil
	}
	return n, s.replace(kept.Bytes())
}

// Close releases the spool; the events in it stay for the next start. (The file is opened per write, so there is
// nothing to close; Close stays for callers that treat the spool as a resource.)
func (s *Spool) Close() error { return nil }
