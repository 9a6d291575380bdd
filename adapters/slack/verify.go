package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Errors of Verifier.Verify. Each means: answer 401 and process nothing.
var (
	ErrMissingSignature = errors.New("slack: request has no signature or timestamp")
	ErrStaleRequest     = errors.New("slack: request timestamp is too old or in the future")
	ErrBadSignature     = errors.New("slack: request signature does not match")
)

// DefaultMaxAge is how old a signed request may be; Slack's documentation asks for at most five minutes, which
// keeps a captured request from being replayed later.
const DefaultMaxAge = 5 * time.Minute

// Verifier checks Slack's request signatures: version v0, an HMAC-SHA256 keyed with the app's signing secret over
// "v0:" + X-Slack-Request-Timestamp + ":" + the raw body, sent as X-Slack-Signature "v0=<hex>". It has its own
// clock, so that Slack's documented example (signed in 2018) can be checked in a test. The zero MaxAge and a nil Now
// mean five minutes and time.Now. A Verifier is safe for concurrent use.
type Verifier struct {
	Secret string
	MaxAge time.Duration
	Now    func() time.Time
}

// Verify reports whether body was signed by Slack with the secret, no longer than MaxAge ago (or as far ahead, for
// clocks that differ). The comparison takes constant time.
func (v Verifier) Verify(h http.Header, body []byte) error {
	ts, sig := h.Get("X-Slack-Request-Timestamp"), h.Get("X-Slack-Signature")
	if ts == "" || sig == "" || v.Secret == "" {
		return ErrMissingSignature
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return ErrStaleRequest
	}
	maxAge, now := v.MaxAge, time.Now
	if maxAge <= 0 {
		maxAge = DefaultMaxAge
	}
	if v.Now != nil {
		now = v.Now
	}
	if age := now().Sub(time.Unix(sec, 0)); age > maxAge || age < -maxAge {
		return ErrStaleRequest
	}
	hexSig, ok := strings.CutPrefix(sig, "v0=")
	if !ok {
		return ErrBadSignature
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil {
		return ErrBadSignature
	}
	if !hmac.Equal(got, Sign(v.Secret, ts, body)) {
		return ErrBadSignature
	}
	return nil
}

// Sign returns the v0 HMAC of body at timestamp ts; tests and local tools use it to sign requests as Slack does.
func Sign(secret, ts string, body []byte) []byte {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	return mac.Sum(nil)
}

// SignatureHeader returns the X-Slack-Signature value for body at timestamp ts.
func SignatureHeader(secret, ts string, body []byte) string {
	return "v0=" + hex.EncodeToString(Sign(secret, ts, body))
}
