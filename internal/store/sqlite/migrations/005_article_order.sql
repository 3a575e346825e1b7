-- The order stories are built in (EachArticle): undated last, then by
-- day, time and ID. The index lets a page of it, or the articles after
-- a given one, be read without sorting the whole table.
CREATE INDEX articles_story_order ON articles ((published_day = ''), published_day, published, id);
