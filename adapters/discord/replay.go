package discord

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// fresh refuses a signed request whose timestamp lies more than MaxAge from now: the signature covers the
// timestamp, so a captured request can be replayed only within that window, and within it the interaction id
// is remembered.
func (a *Adapter) fresh(r *http.Request) (int, error) {
	sec, err := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil {
		return http.StatusUnauthorized, errors.New("discord: X-Signature-Timestamp is not a Unix time")
	}
	age := a.opts.Now().Sub(time.Unix(sec, 0))
	if age > a.opts.MaxAge || age < -a.opts.MaxAge {
		return http.StatusUnauthorized, errors.New("discord: request timestamp is too old or too far ahead")
	}
	return 0, nil
}

// seenIDs remembers keys in this process until they expire: the default of Options.Seen.
type seenIDs struct {
	now   func() time.Time
	mu    sync.Mutex
	until map[string]time.Time
	swept time.Time
}

func newSeenIDs(now func() time.Time) *seenIDs {
	return &seenIDs{now: now, until: map[string]time.Time{}}
}

func (s *seenIDs) mark(_ context.Context, key string, ttl time.Duration) (bool, error) {
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if now.Sub(s.swept) > ttl {
		for k, t := range s.until {
			if now.After(t) {
				delete(s.until, k)
			}
		}
		s.swept = now
	}
	if t, ok := s.until[key]; ok && now.Before(t) {
		return false, nil
	}
	s.until[key] = now.Add(ttl)
	return true, nil
}
