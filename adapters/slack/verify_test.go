package slack

import (
	"errors"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// Slack's documented example (https://api.slack.com/authentication/verifying-requests-from-slack).
const (
	docSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
	docTimestamp = "1531420618"
	docSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
	docBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
)

func header(ts, sig string) http.Header {
	h := http.Header{}
	if ts != "" {
		h.Set("X-Slack-Request-Timestamp", ts)
	}
	if sig != "" {
		h.Set("X-Slack-Signature", sig)
	}
	return h
}

func TestVerifierAcceptsSlacksDocumentedExample(t *testing.T) {
	v := Verifier{Secret: docSecret, Now: func() time.Time { return time.Unix(1531420618, 0) }}
	if err := v.Verify(header(docTimestamp, docSignature), []byte(docBody)); err != nil {
		t.Fatalf("documented example: %v", err)
	}
	if got := SignatureHeader(docSecret, docTimestamp, []byte(docBody)); got != docSignature {
		t.Errorf("SignatureHeader = %s, want %s", got, docSignature)
	}
	t.Run("the same request today is stale", func(t *testing.T) {
		v := Verifier{Secret: docSecret}
		if err := v.Verify(header(docTimestamp, docSignature), []byte(docBody)); !errors.Is(err, ErrStaleRequest) {
			t.Errorf("err = %v, want ErrStaleRequest", err)
		}
	})
}

func TestVerifier(t *testing.T) {
	now := time.Unix(1715000400, 0)
	body := []byte(`{"type":"url_verification","challenge":"x"}`)
	ts := strconv.FormatInt(now.Unix(), 10)
	good := SignatureHeader(testSecret, ts, body)
	old := strconv.FormatInt(now.Add(-5*time.Minute-time.Second).Unix(), 10)
	future := strconv.FormatInt(now.Add(5*time.Minute+time.Second).Unix(), 10)
	tests := []struct {
		name   string
		header http.Header
		body   []byte
		want   error
	}{
		{"good signature", header(ts, good), body, nil},
		{"four minutes old", header(strconv.FormatInt(now.Add(-4*time.Minute).Unix(), 10), SignatureHeader(testSecret, strconv.FormatInt(now.Add(-4*time.Minute).Unix(), 10), body)), body, nil},
		{"body changed", header(ts, good), []byte(`{"type":"url_verification","challenge":"y"}`), ErrBadSignature},
		{"other secret", header(ts, SignatureHeader("another-secret", ts, body)), body, ErrBadSignature},
		{"signature of another time", header(ts, SignatureHeader(testSecret, old, body)), body, ErrBadSignature},
		{"stale", header(old, SignatureHeader(testSecret, old, body)), body, ErrStaleRequest},
		{"from the future", header(future, SignatureHeader(testSecret, future, body)), body, ErrStaleRequest},
		{"not a number", header("yesterday", good), body, ErrStaleRequest},
		{"no v0 prefix", header(ts, good[3:]), body, ErrBadSignature},
		{"not hex", header(ts, "v0=zz"), body, ErrBadSignature},
		{"no signature", header(ts, ""), body, ErrMissingSignature},
		{"no timestamp", header("", good), body, ErrMissingSignature},
	}
	v := Verifier{Secret: testSecret, Now: func() time.Time { return now }}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := v.Verify(tt.header, tt.body); !errors.Is(err, tt.want) {
				t.Errorf("Verify = %v, want %v", err, tt.want)
			}
		})
	}
	t.Run("no secret configured refuses everything", func(t *testing.T) {
		if err := (Verifier{Now: func() time.Time { return now }}).Verify(header(ts, SignatureHeader("", ts, body)), body); err == nil {
			t.Error("a verifier without a secret accepted a request")
		}
	})
}

func TestEndpointsRefuseUnverifiedRequests(t *testing.T) {
	h := newHarness(t, nil)
	now := h.clock()
	ts := strconv.FormatInt(now.Unix(), 10)
	old := strconv.FormatInt(now.Add(-6*time.Minute).Unix(), 10)
	mention := mustRead(t, "app_mention.json")
	for _, path := range []string{"/slack/events", "/slack/interactive", "/slack/commands"} {
		for _, c := range []struct{ name, ts, sig string }{
			{"bad signature", ts, "v0=" + "00000000000000000000000000000000000000000000000000000000000000"},
			{"stale", old, SignatureHeader(testSecret, old, mention)},
			{"missing", "", ""},
		} {
			t.Run(path+" "+c.name, func(t *testing.T) {
				rec := h.sendSigned(path, mention, c.ts, c.sig)
				if rec.Code != http.StatusUnauthorized {
					t.Errorf("status %d, want 401", rec.Code)
				}
			})
		}
	}
	h.a.idle()
	if n := len(h.fake.attempts("chat.postMessage")) + len(h.fake.attempts("chat.postEphemeral")); n != 0 {
		t.Errorf("%d messages sent for unverified requests, want 0", n)
	}
	if _, err := h.store.Load(t.Context(), mentionConv); err == nil {
		t.Error("an unverified request reached the dialogue")
	}
	t.Run("the documented example passes the command endpoint", func(t *testing.T) {
		h := newHarness(t, nil, func(o *Options) {
			o.SigningSecret = docSecret
			o.Now = func() time.Time { return time.Unix(1531420618, 0) }
		})
		rec := h.sendSigned("/slack/commands", []byte(docBody), docTimestamp, docSignature)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d, want 200", rec.Code)
		}
		h.a.idle()
		if n := len(h.fake.delivered("chat.postEphemeral")); n != 1 {
			t.Errorf("got %d answers to the documented command, want 1", n)
		}
	})
}
