package dashboard

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Role is what a signed-in person may see.
type Role string

// Roles.
const (
	RoleManager Role = "manager" // one community: its review list, hand-offs and monthly chart
	RoleAnalyst Role = "analyst" // the aggregated pages under /dashboard/analyst/ only, never a question's text
	RoleAdmin   Role = "admin"   // everything
)

// ParseRole checks a role name.
func ParseRole(s string) (Role, error) {
	switch r := Role(strings.ToLower(strings.TrimSpace(s))); r {
	case RoleManager, RoleAnalyst, RoleAdmin:
		return r, nil
	}
	return "", fmt.Errorf("unknown role %q: want manager, analyst or admin", s)
}

// Invite is a one-time sign-in link for one person. Only the hash of its token is stored.
type Invite struct {
	TokenHash string    `json:"token_hash"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Community string    `json:"community,omitempty"` // for a manager
	Created   time.Time `json:"created"`
	Expires   time.Time `json:"expires"`
}

// Session is a signed-in browser. Only the hash of its id (the cookie's value) is stored.
type Session struct {
	IDHash    string    `json:"id_hash"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Community string    `json:"community,omitempty"`
	Created   time.Time `json:"created"`
	Expires   time.Time `json:"expires"`
}

// Ref is the short reference of a session that `dashboard sessions` lists and `dashboard revoke` takes: the start
// of the id's hash, which says nothing about the id itself.
func (s Session) Ref() string { return s.IDHash[:min(12, len(s.IDHash))] }

// ErrNotFound is returned for an invite or session that is unknown, used, expired or revoked.
var ErrNotFound = errors.New("dashboard: not found, used, expired or revoked")

// Accounts keeps invites and sessions. Implementations are safe for concurrent use, also across processes that
// share the backend (the invite command and serve on one Redis), and drop records once they expire.
type Accounts interface {
	// AddInvite stores an invite under its token hash.
	AddInvite(ctx context.Context, inv Invite) error
	// Redeem removes and returns the live invite with this token hash: of concurrent calls exactly one gets it.
	// It returns ErrNotFound when the invite is unknown, already used or expired at now.
	Redeem(ctx context.Context, tokenHash string, now time.Time) (Invite, error)
	// AddSession stores a session under its id hash.
	AddSession(ctx context.Context, s Session) error
	// Session returns the live session with this id hash, or ErrNotFound.
	Session(ctx context.Context, idHash string, now time.Time) (Session, error)
	// Sessions returns the live sessions, oldest first.
	Sessions(ctx context.Context, now time.Time) ([]Session, error)
	// Revoke ends the sessions whose Ref starts with ref, or whose Name is ref, and returns how many it ended.
	// A ref shorter than 6 characters matches names only.
	Revoke(ctx context.Context, ref string) (int, error)
}

// Hash is how tokens and session ids are stored: the hex SHA-256 of the secret. The secrets are 256 random bits,
// so a plain hash (no salt, no stretching) cannot be reversed.
func Hash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// NewSecret returns 256 random bits, URL-safe.
func NewSecret() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand panics instead)
	return base64.RawURLEncoding.EncodeToString(b)
}

// NewInvite stores an invite for name and returns the one-time token to put in the link. ttl <= 0 means 72 hours.
func NewInvite(ctx context.Context, a Accounts, name string, role Role, community string, ttl time.Duration, now time.Time) (string, Invite, error) {
	if strings.TrimSpace(name) == "" {
		return "", Invite{}, errors.New("dashboard: an invite needs the name of the person")
	}
	if role == RoleManager && community == "" {
		return "", Invite{}, errors.New("dashboard: a manager needs a community (--community)")
	}
	if role != RoleManager && community != "" {
		return "", Invite{}, fmt.Errorf("dashboard: --community is for managers; an %s sees every community", role)
	}
	if ttl <= 0 {
		ttl = 72 * time.Hour
	}
	token := NewSecret()
	inv := Invite{TokenHash: Hash(token), Name: strings.TrimSpace(name), Role: role, Community: community, Created: now.UTC(), Expires: now.Add(ttl).UTC()}
	if err := a.AddInvite(ctx, inv); err != nil {
		return "", Invite{}, fmt.Errorf("dashboard: store invite: %w", err)
	}
	return token, inv, nil
}

// Matches reports whether a Revoke reference selects the session: its name, or the start of its Ref (at least
// 6 characters).
func (s Session) Matches(ref string) bool {
	if ref == "" {
		return false
	}
	return s.Name == ref || (len(ref) >= 6 && strings.HasPrefix(s.IDHash, ref))
}
