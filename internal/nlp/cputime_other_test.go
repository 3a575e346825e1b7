//go:build !unix

package nlp

import "time"

// cpuTime reports that the CPU time is not known on this system.
func cpuTime() (time.Duration, bool) { return 0, false }
