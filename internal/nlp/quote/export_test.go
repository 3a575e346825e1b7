package quote

// WithModel runs fn with the keep and span models that model holds, in
// the form TrainKeep writes, in place of the embedded ones: a test may
// then score Extract with a model trained on part of a corpus. No other
// Extract may run meanwhile.
func WithModel(model []byte, fn func()) error {
	m, err := parseKeep(model)
	if err != nil {
		return err
	}
	withKeep(m, func() (struct{}, struct{}) {
		fn()
		return struct{}{}, struct{}{}
	})
	return nil
}
