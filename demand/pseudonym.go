package demand

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// KeyFile is the name of the file in the data folder that holds a generated pseudonym key.
const KeyFile = "pseudonym.key"

// MinKeyBytes is the shortest pseudonym key accepted: shorter secrets can be guessed.
const MinKeyBytes = 16

// Pseudonymizer turns platform ids into keyed pseudonyms (HMAC-SHA256). Without the key a pseudonym cannot be
// linked back to an id, nor two pseudonyms made under different keys to each other. It is safe for concurrent use.
type Pseudonymizer struct {
	key      []byte
	previous [][]byte
}

// NewPseudonymizer returns a pseudonymizer with the current key and the keys used before it (kept only so that an
// erasure request also finds events pseudonymised before a key rotation).
func NewPseudonymizer(key []byte, previous ...[]byte) (*Pseudonymizer, error) {
	if len(key) < MinKeyBytes {
		return nil, fmt.Errorf("demand: pseudonym key has %d bytes, want at least %d", len(key), MinKeyBytes)
	}
	for i, k := range previous {
		if len(k) < MinKeyBytes {
			return nil, fmt.Errorf("demand: previous pseudonym key %d has %d bytes, want at least %d", i+1, len(k), MinKeyBytes)
		}
	}
	return &Pseudonymizer{key: key, previous: previous}, nil
}

func mac(key []byte, parts ...string) string {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Person returns the pseudonym of a platform user id.
func (p *Pseudonymizer) Person(user string) string { return mac(p.key, "person", user) }

// Persons returns the pseudonyms of a user under the current and the previous keys, current first.
func (p *Pseudonymizer) Persons(user string) []string {
	out := []string{p.Person(user)}
	for _, k := range p.previous {
		out = append(out, mac(k, "person", user))
	}
	return out
}

// Keys returns secrets for another use (purpose names it), derived from the current and the previous keys,
// current first: a MAC under one of them says nothing about the pseudonyms, nor about the secrets of another
// purpose. The web chat signs its conversation ids with them.
func (p *Pseudonymizer) Keys(purpose string) [][]byte {
	out := make([][]byte, 0, 1+len(p.previous))
	for _, k := range append([][]byte{p.key}, p.previous...) {
		h := hmac.New(sha256.New, k)
		h.Write([]byte("key\x00" + purpose))
		out = append(out, h.Sum(nil))
	}
	return out
}

// Conversation returns the pseudonym of a conversation id.
func (p *Pseudonymizer) Conversation(id string) string { return mac(p.key, "conversation", id) }

// EventID returns the id of the event of one turn: the same turn always gets the same id, so that a replayed
// event is recognised; the message count and time keep a conversation that was erased and started again apart.
func (p *Pseudonymizer) EventID(conversation string, messages int, t time.Time) string {
	return mac(p.key, "event", conversation, strconv.Itoa(messages), strconv.FormatInt(t.UnixNano(), 10))
}

// LoadOrCreateKey returns the pseudonym key kept in dir/pseudonym.key, creating it (64 hex characters from 32
// random bytes, mode 0600) when the file does not exist; created reports that it did. The caller should warn: a generated key lives
// only in that folder, and losing it makes later pseudonyms unlinkable to earlier ones.
func LoadOrCreateKey(dir string) (key []byte, created bool, err error) {
	path := filepath.Join(dir, KeyFile)
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		text := strings.TrimSpace(string(data))
		if _, err := hex.DecodeString(text); err != nil || len(text) < 2*MinKeyBytes {
			return nil, false, fmt.Errorf("demand: %s does not hold a hex key of at least %d characters", path, 2*MinKeyBytes)
		}
		return []byte(text), false, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, false, fmt.Errorf("demand: read pseudonym key: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, false, fmt.Errorf("demand: create data folder: %w", err)
	}
	random := make([]byte, 32)
	if _, err := rand.Read(random); err != nil {
		return nil, false, fmt.Errorf("demand: generate pseudonym key: %w", err)
	}
	// The key is the hex text itself, as a key given in WEGWIJZER_PSEUDONYM_KEY is its text: the file's content
	// can be moved into the environment (or into the previous keys at a rotation) as it is.
	key = []byte(hex.EncodeToString(random))
	// Written to a temporary file and linked into place: when two processes start at once, one key wins whole
	// and the other process reads it.
	tmp, err := os.CreateTemp(dir, KeyFile+".*")
	if err != nil {
		return nil, false, fmt.Errorf("demand: create pseudonym key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, false, fmt.Errorf("demand: create pseudonym key: %w", err)
	}
	_, err = tmp.WriteString(string(key) + "\n")
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, false, fmt.Errorf("demand: write pseudonym key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return LoadOrCreateKey(dir)
		}
		return nil, false, fmt.Errorf("demand: create pseudonym key: %w", err)
	}
	return key, true, nil
}
