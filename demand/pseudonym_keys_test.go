package demand

import (
	"bytes"
	"encoding/hex"
	"testing"
)

// TestKeysAreDerivedPerPurpose: the derived keys differ per purpose and per key, are not the pseudonym key nor
// a pseudonym made under it, and come current first, then the previous keys.
func TestKeysAreDerivedPerPurpose(t *testing.T) {
	cur, prev := []byte("the current key 0123"), []byte("the previous key 012")
	p, err := NewPseudonymizer(cur, prev)
	if err != nil {
		t.Fatal(err)
	}
	old, _ := NewPseudonymizer(prev)
	web, other := p.Keys("web conversation ids"), p.Keys("another use")
	tests := []struct {
		name string
		ok   bool
	}{
		{"current and previous", len(web) == 2},
		{"the previous key's is what that key alone gives", bytes.Equal(web[1], old.Keys("web conversation ids")[0])},
		{"the same each time", bytes.Equal(web[0], p.Keys("web conversation ids")[0])},
		{"another purpose, another key", !bytes.Equal(web[0], other[0])},
		{"another key, another derived key", !bytes.Equal(web[0], web[1])},
		{"not the pseudonym key", !bytes.Equal(web[0], cur)},
		{"not a pseudonym", hex.EncodeToString(web[0][:16]) != p.Person("web conversation ids")},
		{"32 bytes", len(web[0]) == 32},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s: no", tt.name)
		}
	}
}
