package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// Count is the number of jobs in one queue and state.
type Count struct {
	Queue string `json:"queue"`
	State string `json:"state"`
	Jobs  int    `json:"jobs"`
}

// Discarded is a job that failed on every attempt.
type Discarded struct {
	ID       int64     `json:"id"`
	Kind     string    `json:"kind"`
	Name     string    `json:"name"`
	Attempts int       `json:"attempts"`
	Error    string    `json:"error"`
	At       time.Time `json:"at"`
}

// Status is a snapshot of the queue.
type Status struct {
	Counts []Count `json:"counts"`
	// Articles and Placed count stored articles and those in a story;
	// they differ while a story run is due.
	Articles  int         `json:"articles"`
	Placed    int         `json:"placed"`
	Discarded []Discarded `json:"discarded"`
}

// Unfinished counts jobs not yet completed, discarded or cancelled.
func (s Status) Unfinished() int {
	n := 0
	for _, c := range s.Counts {
		switch rivertype.JobState(c.State) {
		case rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable,
			rivertype.JobStateRunning, rivertype.JobStateScheduled:
			n += c.Jobs
		}
	}
	return n
}

// Jobs returns the count for one queue and state.
func (s Status) Jobs(queue string, state rivertype.JobState) int {
	for _, c := range s.Counts {
		if c.Queue == queue && c.State == string(state) {
			return c.Jobs
		}
	}
	return 0
}

// Status counts jobs by queue and state and lists up to limit discarded
// jobs, newest first, each with its last error. River deletes finished
// jobs after a while (completed after a day, discarded after a week).
func (q *Queue) Status(ctx context.Context, limit int) (Status, error) {
	st := Status{Counts: []Count{}, Discarded: []Discarded{}}
	rows, err := q.pool.Query(ctx, `SELECT queue, state::text, count(*) FROM river_job
		WHERE queue IN ($1, $2) GROUP BY 1, 2 ORDER BY 1, 2`, DocumentQueue, StoryQueue)
	if err != nil {
		return st, fmt.Errorf("queue status: %w", err)
	}
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Queue, &c.State, &c.Jobs); err != nil {
			rows.Close()
			return st, fmt.Errorf("queue status: %w", err)
		}
		st.Counts = append(st.Counts, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, fmt.Errorf("queue status: %w", err)
	}
	if st.Articles, st.Placed, err = q.storyCounts(ctx); err != nil {
		return st, fmt.Errorf("queue status: %w", err)
	}
	if limit <= 0 {
		return st, nil
	}
	res, err := q.client.JobList(ctx, river.NewJobListParams().States(rivertype.JobStateDiscarded).
		Queues(DocumentQueue, StoryQueue).OrderBy(river.JobListOrderByFinalizedAt, river.SortOrderDesc).First(limit))
	if err != nil {
		return st, fmt.Errorf("queue status: %w", err)
	}
	for _, j := range res.Jobs {
		d := Discarded{ID: j.ID, Kind: j.Kind, Attempts: j.Attempt}
		if j.Kind == DocumentKind {
			var args struct {
				Name string `json:"name"`
			}
			_ = json.Unmarshal(j.EncodedArgs, &args)
			d.Name = args.Name
		}
		if n := len(j.Errors); n > 0 {
			d.Error, d.At = j.Errors[n-1].Error, j.Errors[n-1].At
		}
		if j.FinalizedAt != nil {
			d.At = *j.FinalizedAt
		}
		st.Discarded = append(st.Discarded, d)
	}
	return st, nil
}
