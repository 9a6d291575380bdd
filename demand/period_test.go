package demand_test

import (
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

func TestParseSinceAndPeriod(t *testing.T) {
	now := time.Date(2026, 12, 6, 15, 30, 0, 0, time.UTC)
	since := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"30d", now.Add(-30 * 24 * time.Hour), true},
		{"12w", now.Add(-12 * 7 * 24 * time.Hour), true},
		{"48h", now.Add(-48 * time.Hour), true},
		{"2025-03-01", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), true},
		{"gisteren", time.Time{}, false},
		{"99999999999999999999d", time.Time{}, false},
	}
	for _, tt := range since {
		got, err := demand.ParseSince(tt.in, now)
		if (err == nil) != tt.ok || !got.Equal(tt.want) {
			t.Errorf("ParseSince(%q) = %v, %v; want %v (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && wegwijzer.ErrorCode(err) != wegwijzer.EINVALID {
			t.Errorf("ParseSince(%q): error code %s, want invalid", tt.in, wegwijzer.ErrorCode(err))
		}
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	periods := []struct {
		from, to   string
		start, end time.Time
		ok         bool
	}{
		{"", "", day("2026-11-30"), day("2026-12-07"), true}, // 7 days up to and including today
		{"2026-01-01", "2026-01-31", day("2026-01-01"), day("2026-02-01"), true},
		{"", "2026-01-31", day("2026-01-25"), day("2026-02-01"), true},
		{"2026-02-01", "2026-01-31", time.Time{}, time.Time{}, false},
		{"2026-13-01", "", time.Time{}, time.Time{}, false},
	}
	for _, tt := range periods {
		s, e, err := demand.ParsePeriod(tt.from, tt.to, 7, now)
		if (err == nil) != tt.ok || !s.Equal(tt.start) || !e.Equal(tt.end) {
			t.Errorf("ParsePeriod(%q, %q) = %v, %v, %v; want %v, %v (ok %v)", tt.from, tt.to, s, e, err, tt.start, tt.end, tt.ok)
		}
	}
}

func TestFindHandoff(t *testing.T) {
	hs := []demand.Handoff{{EventID: "abcd1234"}, {EventID: "abcd9999"}, {EventID: "ffff0000"}}
	tests := []struct {
		prefix string
		want   string
		code   wegwijzer.Code
	}{
		{"ffff", "ffff0000", ""},
		{"abcd1", "abcd1234", ""},
		{"abcd", "", wegwijzer.EINVALID}, // two match
		{"abc", "", wegwijzer.EINVALID},  // too short
		{"eeee", "", wegwijzer.ENOTFOUND},
	}
	for _, tt := range tests {
		h, err := demand.FindHandoff(hs, tt.prefix)
		if h.EventID != tt.want || wegwijzer.ErrorCode(err) != tt.code {
			t.Errorf("FindHandoff(%q) = %q, %v; want %q, code %q", tt.prefix, h.EventID, err, tt.want, tt.code)
		}
	}
}
