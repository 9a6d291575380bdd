package main

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer/content"
)

// copyBuiltin writes the built-in catalogue to a folder, as an operator's content folder.
func copyBuiltin(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(content.Builtin(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(content.Builtin(), path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(path)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestServeReloadsContentOnSIGHUP changes an offer in the content folder of a running server: after SIGHUP the
// bot uses it; a broken folder is refused and the catalogue in use stays.
func TestServeReloadsContentOnSIGHUP(t *testing.T) {
	dir := copyBuiltin(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "WEGWIJZER_DATA="+t.TempDir(), "WEGWIJZER_CONTENT="+dir, "WEGWIJZER_REDIS_URL=",
		"SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "SLACK_SIGNING_SECRET=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=", "WEGWIJZER_DASHBOARD_TOKENS=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() }()
	var mu sync.Mutex
	var logLines []string
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		re := regexp.MustCompile(`url=(http://\S+)/`)
		for sc.Scan() {
			mu.Lock()
			logLines = append(logLines, sc.Text())
			mu.Unlock()
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
	}()
	var base string
	select {
	case base = <-urls:
	case <-ctx.Done():
		t.Fatal("serve did not start")
	}
	waitLog := func(want string) {
		t.Helper()
		for range 100 {
			mu.Lock()
			found := strings.Contains(strings.Join(logLines, "\n"), want)
			mu.Unlock()
			if found {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("the log never said %q", want)
	}
	// ask asks in a new conversation each time (the server issues its id).
	ask := func() string {
		t.Helper()
		resp, err := http.Post(base+"/api/chat", "application/json", strings.NewReader(`{"text":"subsidie SEBA voor een elektrische bestelbus"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	if !strings.Contains(ask(), "Subsidieregeling Emissieloze Bedrijfsauto's (SEBA)") {
		t.Fatal("before the change the answer should show SEBA's title")
	}
	seba := filepath.Join(dir, "offers", "seba.yaml")
	data, _ := os.ReadFile(seba)
	changed := strings.Replace(string(data), "title: Subsidieregeling Emissieloze Bedrijfsauto's (SEBA)", "title: SEBA (nieuwe titel)", 1)
	if changed == string(data) {
		t.Fatal("the test could not change the title")
	}
	os.WriteFile(seba, []byte(changed), 0o644)
	cmd.Process.Signal(syscall.SIGHUP)
	waitLog("content reloaded")
	if got := ask(); !strings.Contains(got, "SEBA (nieuwe titel)") {
		t.Errorf("after SIGHUP the answer does not use the changed offer:\n%s", got)
	}
	// A broken folder is refused with file and line; the catalogue in use stays.
	os.WriteFile(seba, []byte(strings.Replace(changed, "kind: subsidie", "kind: iets", 1)), 0o644)
	cmd.Process.Signal(syscall.SIGHUP)
	waitLog(`offers/seba.yaml`)
	waitLog("content reload failed")
	if got := ask(); !strings.Contains(got, "SEBA (nieuwe titel)") {
		t.Errorf("after a failed reload the catalogue in use should stay:\n%s", got)
	}
}
