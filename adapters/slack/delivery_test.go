package slack

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Tests of delivery: redelivered events, retries after a failure, Slack's rate limit, Slack unreachable at start, shutting down.

func TestRedeliveredEventIsAnsweredOnce(t *testing.T) {
	h := newHarness(t, nil)
	h.event("app_mention.json")
	h.event("app_mention.json", "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
	h.event("message_channel_same_ts.json") // the message event of the same post: another event id, same (channel, ts)
	h.advanceStore(3 * time.Minute)         // after the lease: only the done mark remembers
	h.event("app_mention.json", "X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout")

	if n := len(h.fake.attempts("chat.postMessage")); n != 1 {
		t.Fatalf("got %d replies, want 1", n)
	}
	conv, _ := h.store.Load(context.Background(), mentionConv)
	if conv == nil || conv.Messages != 1 {
		t.Errorf("conversation = %+v, want 1 message", conv)
	}
}

func TestRedeliveryAfterAFailedAttemptIsProcessed(t *testing.T) {
	h := newHarness(t, nil)
	h.fake.failWith("chat.postMessage", "fatal_error")
	h.event("app_mention.json")
	if n := len(h.fake.delivered("chat.postMessage")); n != 0 {
		t.Fatalf("%d replies delivered, want 0 (Slack failed)", n)
	}
	h.event("app_mention.json", "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
	if n := len(h.fake.attempts("chat.postMessage")); n != 1 {
		t.Fatalf("%d attempts while the first delivery's lease holds, want 1", n)
	}
	h.advanceStore(3 * time.Minute)
	h.event("app_mention.json", "X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout")
	posts := h.fake.delivered("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("got %d replies after the redelivery, want 1: a failed attempt must not swallow the retry", len(posts))
	}
	if posts[0].Form.Get("thread_ts") != mentionTS || len(buttonsOf(t, posts[0])) == 0 {
		t.Errorf("the redelivery did not post the saved answer in the thread:\n%s", textOf(t, posts[0]))
	}
	h.event("app_mention.json", "X-Slack-Retry-Num", "3", "X-Slack-Retry-Reason", "http_timeout")
	if n := len(h.fake.attempts("chat.postMessage")); n != 2 {
		t.Errorf("got %d attempts in all, want 2 (failed, then delivered once)", n)
	}
}

func TestRateLimitWaitsRetryAfterAndSendsOnce(t *testing.T) {
	h := newHarness(t, nil)
	h.fake.rateLimit("chat.postMessage", 2)
	h.event("app_mention.json")

	attempts := h.fake.attempts("chat.postMessage")
	if len(attempts) != 2 || attempts[0].Status != http.StatusTooManyRequests || attempts[1].Status != http.StatusOK {
		t.Fatalf("attempts = %d (%v), want a 429 and then one success", len(attempts), attempts)
	}
	if n := len(h.fake.delivered("chat.postMessage")); n != 1 {
		t.Errorf("delivered %d replies, want 1", n)
	}
	if got := h.waits(); len(got) != 1 || got[0] != 2*time.Second {
		t.Errorf("waits = %v, want [2s] from Retry-After", got)
	}

	t.Run("on chat.update and the next post too", func(t *testing.T) {
		h := newHarness(t, nil)
		h.event("app_mention.json")
		question := h.fake.delivered("chat.postMessage")[0]
		h.fake.rateLimit("chat.update", 1)
		h.fake.rateLimit("chat.postMessage", 3, 1)
		var option button
		for _, b := range buttonsOf(t, question) {
			if strings.HasPrefix(b.ActionID, actionOption) {
				option = b
				break
			}
		}
		h.click("block_actions.json", question, option, "rl1")
		if n := len(h.fake.delivered("chat.update")); n != 1 {
			t.Errorf("chat.update delivered %d times, want 1", n)
		}
		if n := len(h.fake.delivered("chat.postMessage")); n != 2 {
			t.Errorf("messages delivered %d, want 2", n)
		}
		if got := h.waits(); len(got) != 3 || got[0] != time.Second || got[1] != 3*time.Second || got[2] != time.Second {
			t.Errorf("waits = %v, want [1s 3s 1s]", got)
		}
	})
}

func TestStartsAndServesWhileSlackIsUnreachable(t *testing.T) {
	h := newHarness(t, nil, func(o *Options) {
		o.APIURL = "http://127.0.0.1:1/api/" // nothing listens there
		o.AppToken = "xapp-1-test"
	})
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- h.a.Run(ctx) }()

	rec := h.send("/slack/events", mustRead(t, "url_verification.json"))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "3eZbrw1a") {
		t.Errorf("url_verification while Slack is unreachable: %d %s", rec.Code, rec.Body)
	}
	if rec := h.send("/slack/events", mustRead(t, "app_mention.json")); rec.Code != http.StatusOK {
		t.Errorf("an event was not acknowledged while Slack is unreachable: %d", rec.Code)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(h.waits()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if len(h.waits()) == 0 {
		t.Error("auth.test was not retried with a backoff")
	}
	cancel()
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop when its context was cancelled")
	}
}

// TestShuttingDownLeavesDeliveriesToSlack: while the adapter shuts down, an event is not acknowledged (503), so
// that Slack delivers it again instead of it being acknowledged and dropped.
func TestShuttingDownLeavesDeliveriesToSlack(t *testing.T) {
	h := newHarness(t, nil)
	if err := h.a.Close(); err != nil {
		t.Fatal(err)
	}
	rec := h.send("/slack/events", mustRead(t, "app_mention.json"))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("event during shutdown: status %d, want 503", rec.Code)
	}
	if n := len(h.fake.delivered("chat.postMessage")); n != 0 {
		t.Errorf("%d replies posted during shutdown, want none", n)
	}
}
