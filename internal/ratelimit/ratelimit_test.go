package ratelimit

import (
	"net/http/httptest"
	"testing"
	"time"
)

func TestLimiterRefusesBeyondTheBurstAndRefills(t *testing.T) {
	now := time.Unix(0, 0)
	l := New(Limit{N: 3, Period: time.Minute}, func() time.Time { return now })
	for i := range 3 {
		if d := l.Allow("a"); !d.OK {
			t.Fatalf("event %d refused", i+1)
		}
	}
	d := l.Allow("a")
	if d.OK || !d.FirstRefusal || d.RetryAfter != 20*time.Second || d.RetryAfterSeconds() != "20" {
		t.Errorf("4th event = %+v, want refused, first, retry after 20s", d)
	}
	if d := l.Allow("a"); d.OK || d.FirstRefusal {
		t.Errorf("5th event = %+v, want refused, not the first refusal", d)
	}
	if d := l.Allow("b"); !d.OK {
		t.Error("another key shares the bucket")
	}
	now = now.Add(20 * time.Second)
	if d := l.Allow("a"); !d.OK {
		t.Errorf("after 20 s = %+v, want one more allowed", d)
	}
}

func TestOffLimitAllowsAll(t *testing.T) {
	l := New(Limit{}, nil)
	for range 1000 {
		if !l.Allow("a").OK {
			t.Fatal("an off limit refused")
		}
	}
}

func TestParseLimit(t *testing.T) {
	for in, want := range map[string]string{"60/1m": "60/1m0s", "5/1s": "5/1s", "off": "off", "0": "off"} {
		l, err := ParseLimit(in)
		if err != nil || l.String() != want {
			t.Errorf("ParseLimit(%q) = %v, %v, want %s", in, l, err, want)
		}
	}
	for _, in := range []string{"60", "x/1m", "60/x", "-1/1m", "60/0s"} {
		if _, err := ParseLimit(in); err == nil {
			t.Errorf("ParseLimit(%q) accepted", in)
		}
	}
}

func TestClientIP(t *testing.T) {
	trusted, err := ParseProxies("10.0.0.0/8, 127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, remote, xff, want string
	}{
		{"direct client", "203.0.113.7:5000", "", "203.0.113.7"},
		{"forged header from an untrusted peer is ignored", "203.0.113.7:5000", "198.51.100.1", "203.0.113.7"},
		{"behind a trusted proxy", "10.1.2.3:443", "198.51.100.1", "198.51.100.1"},
		{"a forged hop before the real one is skipped", "10.1.2.3:443", "1.2.3.4, 198.51.100.1", "198.51.100.1"},
		{"two trusted proxies", "127.0.0.1:80", "198.51.100.1, 10.9.9.9", "198.51.100.1"},
		{"a trusted proxy without header", "10.1.2.3:443", "", "10.1.2.3"},
		{"garbage hop", "10.1.2.3:443", "nonsense", "10.1.2.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.remote
			if tt.xff != "" {
				r.Header.Set("X-Forwarded-For", tt.xff)
			}
			if got := ClientIP(r, trusted); got != tt.want {
				t.Errorf("ClientIP = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPeekTakesNothing(t *testing.T) {
	now := time.Unix(0, 0)
	l := New(Limit{N: 2, Period: time.Minute}, func() time.Time { return now })
	for range 5 {
		if !l.Peek("a").OK {
			t.Fatal("peek refused a full bucket")
		}
	}
	l.Allow("a")
	l.Allow("a")
	if d := l.Peek("a"); d.OK || d.RetryAfter != 30*time.Second {
		t.Errorf("peek at an empty bucket = %+v, want refused, retry after 30s", d)
	}
}
