// Package redistest starts a real redis-server for tests: on a free port, with a temporary folder and no
// persistence, stopped when the test ends. Tests can stop and restart it mid-run to see how code copes with Redis
// going away. Set WEGWIJZER_TEST_REDIS_URL to run against an existing server instead (then Stop and Start fail).
package redistest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// EnvURL names the environment variable with the URL of an existing Redis to use instead of starting one.
const EnvURL = "WEGWIJZER_TEST_REDIS_URL"

// InstallHint is the message a test fails with when redis-server is not on PATH.
const InstallHint = "redis-server not found: install it with `apt-get install redis-server`"

// How long a starting server may take to answer PING, and a stopping one to exit before it is killed.
const (
	startTimeout = 10 * time.Second
	stopTimeout  = 5 * time.Second
)

// Server is a redis-server for one test. Its methods are not safe for concurrent use; call them from the test's
// goroutine, since they fail the test with tb.Fatalf.
type Server struct {
	tb       testing.TB
	addr     string // host:port
	url      string
	external bool // from WEGWIJZER_TEST_REDIS_URL: not ours to stop

	bin  string
	dir  string
	args []string      // extra arguments for redis-server
	cmd  *exec.Cmd     // nil while stopped
	done chan struct{} // closed when cmd has exited
}

// Start starts a redis-server on a free port of 127.0.0.1 and stops it in tb.Cleanup. When
// WEGWIJZER_TEST_REDIS_URL is set, it returns that server instead, after checking that it answers.
func Start(tb testing.TB) *Server {
	tb.Helper()
	if u := os.Getenv(EnvURL); u != "" {
		addr, err := addrOf(u)
		if err != nil {
			tb.Fatalf("redistest: %s=%q: %v", EnvURL, u, err)
		}
		s := &Server{tb: tb, addr: addr, url: u, external: true}
		if err := waitDial(addr, startTimeout); err != nil {
			tb.Fatalf("redistest: the Redis at %s=%q does not answer: %v", EnvURL, u, err)
		}
		return s
	}
	return startLocal(tb)
}

// startLocal starts a redis-server of our own, with extra arguments for redis-server.
func startLocal(tb testing.TB, args ...string) *Server {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		tb.Fatalf("redistest: %s (%v)", InstallHint, err)
	}
	s := &Server{tb: tb, bin: bin, dir: tb.TempDir(), args: args}
	// Another process can take the free port between our probe and redis-server's bind, so try a few.
	var lastErr error
	for range 5 {
		port, err := freePort()
		if err != nil {
			tb.Fatalf("redistest: find a free port: %v", err)
		}
		s.addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		s.url = "redis://" + s.addr + "/0"
		if lastErr = s.start(); lastErr == nil {
			tb.Cleanup(s.stop)
			return s
		}
	}
	tb.Fatalf("redistest: start redis-server: %v", lastErr)
	return nil
}

// Addr returns the server's host:port.
func (s *Server) Addr() string { return s.addr }

// URL returns a redis:// URL of the server, for redis.ParseURL.
func (s *Server) URL() string { return s.url }

// Stop stops the server; clients then get connection errors until Start. Stopping a stopped server does nothing.
func (s *Server) Stop() {
	s.tb.Helper()
	if s.external {
		s.tb.Fatalf("redistest: cannot stop the Redis at %s; unset %s to let the test start its own", s.url, EnvURL)
	}
	s.stop()
}

// Start starts a stopped server again, on the same port and with an empty data set. Starting a running server
// does nothing.
func (s *Server) Start() {
	s.tb.Helper()
	if s.external {
		s.tb.Fatalf("redistest: cannot restart the Redis at %s; unset %s to let the test start its own", s.url, EnvURL)
	}
	if err := s.start(); err != nil {
		s.tb.Fatalf("redistest: restart redis-server on %s: %v", s.addr, err)
	}
}

func (s *Server) start() error {
	if s.cmd != nil {
		return nil
	}
	host, port, _ := net.SplitHostPort(s.addr)
	args := append([]string{
		"--port", port,
		"--bind", host,
		"--save", "",
		"--appendonly", "no",
		"--dir", s.dir,
		"--loglevel", "warning",
	}, s.args...)
	cmd := exec.Command(s.bin, args...)
	// Read only after the process has exited (Wait has then copied all of it), so it needs no lock.
	out := new(bytes.Buffer)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		close(done)
	}()
	if err := waitPing(s.addr, startTimeout, done); err != nil {
		cmd.Process.Kill()
		<-done
		return fmt.Errorf("%w; its output:\n%s", err, strings.TrimSpace(out.String()))
	}
	s.cmd, s.done = cmd, done
	return nil
}

func (s *Server) stop() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(stopTimeout):
		s.cmd.Process.Kill()
		<-s.done
	}
	s.cmd, s.done = nil, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// waitPing waits until the server at addr answers PING, the timeout passes, or exited is closed.
func waitPing(addr string, timeout time.Duration, exited <-chan struct{}) error {
	deadline := time.Now().Add(timeout)
	var err error
	for {
		if err = ping(addr); err == nil {
			return nil
		}
		select {
		case <-exited:
			return errors.New("redis-server exited")
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no answer to PING within %s: %w", timeout, err)
		}
	}
}

// waitDial waits until addr accepts a connection. It is for a server we did not start, which may want TLS or a
// password, so it does not speak the protocol.
func waitDial(addr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			return c.Close()
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// ping sends PING in the Redis protocol and expects PONG.
func ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("*1\r\n$4\r\nPING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if line = strings.TrimSpace(line); line != "+PONG" {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}

// addrOf returns the host:port of a redis:// or rediss:// URL.
func addrOf(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	if u.Scheme != "redis" && u.Scheme != "rediss" {
		return "", fmt.Errorf("want a redis:// URL")
	}
	host, port := u.Hostname(), u.Port()
	if host == "" {
		host = "localhost"
	}
	if port == "" {
		port = "6379"
	}
	return net.JoinHostPort(host, port), nil
}
