package main

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
	"github.com/wegwijzer/wegwijzer/adapters/dashboard/boltaccounts"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
)

func TestDashboardInviteSessionsRevoke(t *testing.T) {
	d := newDemandEnv(t, "WEGWIJZER_PUBLIC_URL", "https://wegwijzer.example.nl")
	for _, tt := range []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"a manager needs a community", []string{"dashboard", "invite", "--role", "manager", "Anna"}, "community"},
		{"an unknown community", []string{"dashboard", "invite", "--role", "manager", "--community", "atlantis", "Anna"}, "atlantis"},
		{"an unknown role", []string{"dashboard", "invite", "--role", "boss", "Anna"}, "role"},
		{"no name", []string{"dashboard", "invite", "--role", "analyst"}, "name"},
		{"an analyst has no community", []string{"dashboard", "invite", "--role", "analyst", "--community", "zwolle", "Bo"}, "managers"},
	} {
		if out, errOut, code := d.run(tt.args...); code == 0 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want a failure naming %q", tt.name, code, out, errOut, tt.want)
		}
	}
	link := strings.TrimSpace(d.mustRun("dashboard", "invite", "--role", "manager", "--community", "zwolle", "--ttl", "1h", "Anna", "de", "Boer"))
	u, err := url.Parse(link)
	if err != nil || u.Host != "wegwijzer.example.nl" || u.Path != "/dashboard/login" || len(u.Query().Get("token")) < 40 {
		t.Fatalf("invite printed %q, want https://wegwijzer.example.nl/dashboard/login?token=...", link)
	}
	if out := d.mustRun("dashboard", "sessions"); !strings.Contains(out, "No one") {
		t.Errorf("sessions before sign-in: %q", out)
	}

	// Sign in as the server would, through the same file.
	a, err := boltaccounts.Open(d.data)
	if err != nil {
		t.Fatal(err)
	}
	inv, err := a.Redeem(context.Background(), dashboard.Hash(u.Query().Get("token")), time.Now())
	if err != nil || inv.Name != "Anna de Boer" || inv.Community != "zwolle" {
		t.Fatalf("redeem: %+v, %v", inv, err)
	}
	now := time.Now()
	if err := a.AddSession(context.Background(), dashboard.Session{IDHash: dashboard.Hash("sid"), Name: inv.Name, Role: inv.Role, Community: inv.Community, Created: now, Expires: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	a.Close()

	if out := d.mustRun("dashboard", "sessions"); !strings.Contains(out, "Anna de Boer") || !strings.Contains(out, "zwolle") || strings.Contains(out, dashboard.Hash("sid")) {
		t.Errorf("sessions list %q: want Anna's session by its short reference only", out)
	}
	if out := d.mustRun("dashboard", "revoke", "Anna de Boer"); !strings.Contains(out, "Revoked 1") {
		t.Errorf("revoke: %q", out)
	}
	if _, _, code := d.run("dashboard", "revoke", "Anna de Boer"); code == 0 {
		t.Error("revoking again succeeds; want an error that no session matches")
	}
}

// With Redis the invite command shares the store with a running serve: the invite is there for serve to redeem.
func TestDashboardInviteThroughRedis(t *testing.T) {
	srv := redistest.Start(t)
	d := newDemandEnv(t, "WEGWIJZER_REDIS_URL", srv.URL())
	link := strings.TrimSpace(d.mustRun("dashboard", "invite", "--role", "analyst", "Bo"))
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	accounts, closeAccounts, err := openAccounts(config{redisURL: srv.URL()})
	if err != nil {
		t.Fatal(err)
	}
	defer closeAccounts()
	inv, err := accounts.Redeem(context.Background(), dashboard.Hash(u.Query().Get("token")), time.Now())
	if err != nil || inv.Name != "Bo" || inv.Role != dashboard.RoleAnalyst {
		t.Fatalf("the server cannot redeem the invite: %+v, %v", inv, err)
	}
	if _, err := os.Stat(filepath.Join(d.data, boltaccounts.File)); !os.IsNotExist(err) {
		t.Errorf("with Redis the invite also wrote %s (%v)", boltaccounts.File, err)
	}
}
