// Package browsertest gives the browser tests of the web chat and the dashboard one way to start a real headless
// Chromium and to keep their screenshots. A missing browser fails the test with the install hint.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Chromium finds a Chromium binary: $WEGWIJZER_TEST_CHROMIUM, or one on the PATH.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("WEGWIJZER_TEST_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium not found: install it with `apt-get install chromium` (or set WEGWIJZER_TEST_CHROMIUM)")
	return ""
}

// Artefacts is the folder for the screenshots of a test: $WEGWIJZER_ARTIFACTS/<test>, or a temporary folder.
func Artefacts(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if a := os.Getenv("WEGWIJZER_ARTIFACTS"); a != "" {
		dir = filepath.Join(a, strings.ReplaceAll(t.Name(), "/", "_"))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Open starts a headless Chromium with a viewport of width x height on url. It returns the browser's context and
// one for the steps after the first that ends after timeout; both end with the test. The flags keep Chromium from
// reaching out to the network, which this machine refuses.
func Open(t testing.TB, url string, width, height int64, timeout time.Duration) (ctx, tctx context.Context) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel = chromedp.NewContext(actx)
	t.Cleanup(cancel)
	// The first run starts the browser and must not have a deadline; later steps do.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height), chromedp.Navigate(url)); err != nil {
		t.Fatalf("browser: %v", err)
	}
	tctx, cancel = context.WithTimeout(ctx, timeout)
	t.Cleanup(cancel)
	return ctx, tctx
}
