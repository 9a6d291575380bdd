package demand

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
)

// A hand-off reference leads from a hand-off in the demand log to its conversation, where the way to reach the
// person is kept (and nowhere else). It is the conversation id sealed (AES-GCM) under a key derived from the
// pseudonym key: the log holds no readable id, only the service that holds the key can follow it, and the
// conversation it leads to is gone after "vergeet mij" or the conversation's retention, taking the contact along.

func sealKey(key []byte) cipher.AEAD {
	k := sha256.Sum256(append([]byte("wegwijzer handoff ref\x00"), key...))
	block, err := aes.NewCipher(k[:])
	if err != nil {
		panic(err) // a 32-byte key is always valid
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	return aead
}

// HandoffRef seals a conversation id into a hand-off reference.
func (p *Pseudonymizer) HandoffRef(conversation string) string {
	aead := sealKey(p.key)
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic(fmt.Sprintf("demand: random nonce: %v", err)) // crypto/rand does not fail on supported systems
	}
	return base64.RawURLEncoding.EncodeToString(aead.Seal(nonce, nonce, []byte(conversation), []byte("conversation")))
}

// ErrBadRef is returned for a hand-off reference that no known key opens.
var ErrBadRef = errors.New("demand: hand-off reference does not open")

// OpenHandoffRef returns the conversation id a reference was sealed from, under the current or a previous key.
func (p *Pseudonymizer) OpenHandoffRef(ref string) (string, error) {
	data, err := base64.RawURLEncoding.DecodeString(ref)
	if err != nil {
		return "", ErrBadRef
	}
	for _, k := range append([][]byte{p.key}, p.previous...) {
		aead := sealKey(k)
		if len(data) < aead.NonceSize() {
			return "", ErrBadRef
		}
		plain, err := aead.Open(nil, data[:aead.NonceSize()], data[aead.NonceSize():], []byte("conversation"))
		if err == nil {
			return string(plain), nil
		}
	}
	return "", ErrBadRef
}
