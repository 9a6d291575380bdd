package demand

import (
	"regexp"
	"strconv"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

var reAgo = regexp.MustCompile(`^(\d+)([hdw])$`)

// ParseSince reads a start: a date (2025-03-01) or an age before now (48h, 30d, 12w). A wrong value is an
// *wegwijzer.Error with code EINVALID.
func ParseSince(s string, now time.Time) (time.Time, error) {
	if m := reAgo.FindStringSubmatch(s); m != nil {
		n, err := strconv.Atoi(m[1])
		if err == nil {
			unit := map[string]time.Duration{"h": time.Hour, "d": 24 * time.Hour, "w": 7 * 24 * time.Hour}[m[2]]
			return now.Add(-time.Duration(n) * unit), nil
		}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, wegwijzer.Errorf(wegwijzer.EINVALID, "--since %q: want a date (2025-03-01) or an age (48h, 30d, 12w)", s)
	}
	return t, nil
}

// ParsePeriod reads a period of whole days, from and to as YYYY-MM-DD with to inclusive, and returns it as
// [from, to) in UTC. An empty to is today (of now); an empty from is defaultDays before to. A wrong value is an
// *wegwijzer.Error with code EINVALID.
func ParsePeriod(from, to string, defaultDays int, now time.Time) (time.Time, time.Time, error) {
	end := now.UTC().Truncate(24 * time.Hour).Add(24 * time.Hour)
	if to != "" {
		t, err := time.Parse(time.DateOnly, to)
		if err != nil {
			return time.Time{}, time.Time{}, wegwijzer.Errorf(wegwijzer.EINVALID, "--to %q: want a date like 2025-03-31", to)
		}
		end = t.Add(24 * time.Hour)
	}
	start := end.Add(-time.Duration(defaultDays) * 24 * time.Hour)
	if from != "" {
		t, err := time.Parse(time.DateOnly, from)
		if err != nil {
			return time.Time{}, time.Time{}, wegwijzer.Errorf(wegwijzer.EINVALID, "--from %q: want a date like 2025-01-01", from)
		}
		start = t
	}
	if !start.Before(end) {
		return time.Time{}, time.Time{}, wegwijzer.Errorf(wegwijzer.EINVALID, "--from must be before --to")
	}
	return start, end, nil
}
