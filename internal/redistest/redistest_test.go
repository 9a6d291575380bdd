package redistest

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

func TestServerAnswersAndRestarts(t *testing.T) {
	t.Setenv(EnvURL, "") // this tests the servers the helper starts itself
	s := Start(t)
	if !strings.HasPrefix(s.URL(), "redis://"+s.Addr()) {
		t.Errorf("URL() = %q, want it to start with redis://%s", s.URL(), s.Addr())
	}
	mustPing(t, s.Addr())

	s.Stop()
	if err := ping(s.Addr()); err == nil {
		t.Fatalf("PING after Stop answered, want a connection error")
	}
	s.Stop() // stopping twice is harmless

	s.Start()
	mustPing(t, s.Addr())
	s.Start() // starting a running server is harmless
	mustPing(t, s.Addr())
}

func TestServersDoNotShareAPort(t *testing.T) {
	t.Setenv(EnvURL, "")
	a, b := Start(t), Start(t)
	if a.Addr() == b.Addr() {
		t.Fatalf("two servers on %s", a.Addr())
	}
	mustPing(t, a.Addr())
	mustPing(t, b.Addr())
}

func TestExternalServerCannotBeStopped(t *testing.T) {
	t.Setenv(EnvURL, "")
	own := Start(t)
	t.Setenv(EnvURL, own.URL())
	ext := Start(t)
	if ext.Addr() != own.Addr() {
		t.Fatalf("with %s=%s, Addr() = %s", EnvURL, own.URL(), ext.Addr())
	}
	for name, call := range map[string]func(*Server){"Stop": (*Server).Stop, "Start": (*Server).Start} {
		tb := &recordingTB{TB: t}
		ext.tb = tb
		runUntilFatal(func() { call(ext) })
		if !strings.Contains(tb.fatal, EnvURL) {
			t.Errorf("%s on an external server: fatal message %q, want one that names %s", name, tb.fatal, EnvURL)
		}
	}
	mustPing(t, own.Addr())
}

func TestMissingBinaryFailsWithInstallHint(t *testing.T) {
	t.Setenv(EnvURL, "")
	t.Setenv("PATH", t.TempDir())
	tb := &recordingTB{TB: t}
	runUntilFatal(func() { Start(tb) })
	if !strings.Contains(tb.fatal, "apt-get install redis-server") {
		t.Errorf("fatal message %q, want the install hint", tb.fatal)
	}
}

func mustPing(tb testing.TB, addr string) {
	tb.Helper()
	if err := ping(addr); err != nil {
		tb.Fatalf("PING %s: %v", addr, err)
	}
}

// recordingTB records Fatalf instead of failing the real test, and ends the goroutine like Fatalf does.
type recordingTB struct {
	testing.TB
	fatal string
}

func (tb *recordingTB) Helper() {}

func (tb *recordingTB) Fatalf(format string, args ...any) {
	tb.fatal = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// runUntilFatal runs f in its own goroutine, so that a recordingTB's Fatalf ends only f.
func runUntilFatal(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

func TestClusterIsReady(t *testing.T) {
	c := StartCluster(t, 3)
	if len(c.Addrs()) != 3 {
		t.Fatalf("Addrs() = %v, want 3 nodes", c.Addrs())
	}
	for _, addr := range c.Addrs() {
		mustPing(t, addr)
	}
}
