package story

import "testing"

// TestOneSharedEntity checks that two articles in Chinese whose only
// entity in common is one country (the only entity terms such texts
// give are gazetteer names and numbers) do not make one story on that
// alone, while two reports of one event still do.
func TestOneSharedEntity(t *testing.T) {
	c := New(Config{})
	c.Add(Article{ID: "a", Lang: "zh", Published: day("2023-11-17"),
		Title: "外国专家谈中美合作共赢",
		Text:  "多位外国专家表示，中国与各方合作共赢符合国际社会利益，经贸往来不断扩大，学者呼吁加强对话与交流。"})
	c.Add(Article{ID: "b", Lang: "zh", Published: day("2023-11-20"),
		Title: "航天论坛开幕 各国代表出席",
		Text:  "首届航天合作论坛在北京开幕，中国航天部门介绍了卫星发射计划，代表们参观了发射中心。"})
	c.Add(Article{ID: "c", Lang: "zh", Published: day("2023-11-21"),
		Title: "航天论坛开幕 各国代表出席会议",
		Text:  "首届航天合作论坛在北京开幕，中国航天部门介绍了卫星发射计划和新的卫星，代表们参观了发射中心。"})
	sa, _ := c.StoryOf("a")
	sb, _ := c.StoryOf("b")
	sc, _ := c.StoryOf("c")
	if sa == sb {
		t.Errorf("two articles that share only one country made one story")
	}
	if sb != sc {
		t.Errorf("two reports of one forum made two stories")
	}
}
