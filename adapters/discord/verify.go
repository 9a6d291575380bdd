package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// verify reads the body (at most MaxBody bytes) and checks Discord's signature: X-Signature-Ed25519 is the
// Ed25519 signature of X-Signature-Timestamp followed by the body. It returns the body, or the HTTP status and
// the reason to refuse the request with.
func verify(r *http.Request, key ed25519.PublicKey) ([]byte, int, error) {
	sigHex := r.Header.Get("X-Signature-Ed25519")
	ts := r.Header.Get("X-Signature-Timestamp")
	if sigHex == "" || ts == "" {
		return nil, http.StatusUnauthorized, errors.New("discord: missing X-Signature-Ed25519 or X-Signature-Timestamp")
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return nil, http.StatusUnauthorized, errors.New("discord: malformed signature")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
	if err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("discord: read body: %w", err)
	}
	if len(body) > MaxBody {
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("discord: body larger than %d bytes", MaxBody)
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(key, msg, sig) {
		return nil, http.StatusUnauthorized, errors.New("discord: invalid request signature")
	}
	return body, 0, nil
}
