package bot

// IsDormant lets the external tests tell which schemes have stopped running rounds.
var IsDormant = isDormant

// SearchTop lets the benchmarks search as a turn does.
const SearchTop = searchTop
