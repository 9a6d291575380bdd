//go:build !unix

package demand

import "os"

// Without flock, the spool is safe within one process only.
func lockExclusive(*os.File) error { return nil }

func unlockFile(*os.File) {}
