namespace Briefly.Storage.Testing;

/// <summary>
/// What every <see cref="IArticleStore"/> must do, whatever database is behind it. A database's test class derives
/// from this one and says how to make a fresh, migrated, empty store.
/// </summary>
public abstract class ArticleStoreContract
{
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A new, empty, migrated store that reads <paramref name="clock"/> for its created/updated times.</summary>
    protected abstract Task<IArticleStore> CreateStoreAsync(TimeProvider clock);

    private Task<IArticleStore> NewStoreAsync() => CreateStoreAsync(Clock);

    private static SummaryCacheKey Key(string hash, string options = "sentences=3") => new(hash, options, "default", "1.0");

    // --- create, read -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Add_returns_the_stored_article_and_get_reads_it_back()
    {
        var store = await NewStoreAsync();
        var published = new DateTimeOffset(2025, 5, 31, 21, 30, 15, 123, TimeSpan.FromHours(3));
        var draft = Drafts.Make(published: published, category: "City", tags: ["bridges", "council"], sourceUrl: "https://example.com/bridge");
        draft = draft with { Author = "Ann Lee", FeedGuid = "guid-1" };

        var added = await store.AddAsync(draft);

        Assert.True(added.Id > 0);
        Assert.Equal("council-approves-new-bridge", added.Slug);
        Assert.Equal(draft.Title, added.Title);
        Assert.Equal(draft.BodyText, added.BodyText);
        Assert.Equal(draft.BodyHtml, added.BodyHtml);
        Assert.Equal("en", added.Language);
        Assert.Equal(published, added.Published);
        Assert.Equal("https://example.com/bridge", added.SourceUrl);
        Assert.Equal("Ann Lee", added.Author);
        Assert.Equal("City", added.Category);
        Assert.Equal(["bridges", "council"], added.Tags);
        Assert.Equal("guid-1", added.FeedGuid);
        Assert.Equal(ContentHash.Of(draft.Title, draft.BodyText), added.ContentHash);
        Assert.Equal(13, added.WordCount);
        Assert.Equal(Clock.Now, added.Created);
        Assert.Equal(Clock.Now, added.Updated);

        var byId = await store.GetAsync(added.Id);
        Assert.NotNull(byId);
        AssertSame(added, byId);
        var bySlug = await store.GetBySlugAsync(added.Slug);
        Assert.NotNull(bySlug);
        AssertSame(added, bySlug);
    }

    [Fact]
    public async Task Unknown_ids_slugs_and_urls_find_nothing()
    {
        var store = await NewStoreAsync();
        var added = await store.AddAsync(Drafts.Make(sourceUrl: "https://example.com/a"));

        Assert.Null(await store.GetAsync(added.Id + 1000));
        Assert.Null(await store.GetBySlugAsync("no-such-article"));
        Assert.Null(await store.FindBySourceUrlAsync("https://example.com/a/"));
        Assert.Null(await store.FindBySourceUrlAsync("https://example.com/"));
    }

    [Fact]
    public async Task Find_by_source_url_matches_exactly()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make(title: "First", sourceUrl: "https://example.com/news/1"));
        var second = await store.AddAsync(Drafts.Make(title: "Second", sourceUrl: "https://example.com/news/12"));

        var found = await store.FindBySourceUrlAsync("https://example.com/news/12");

        Assert.NotNull(found);
        Assert.Equal(second.Id, found.Id);
    }

    [Fact]
    public async Task Find_by_feed_guid_and_by_content_hash()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make(title: "First", feedGuid: "tag:example.com,2026:1"));
        var second = await store.AddAsync(Drafts.Make(title: "Second", text: "Another body.", feedGuid: "tag:example.com,2026:12"));

        Assert.Equal(second.Id, (await store.FindByFeedGuidAsync("tag:example.com,2026:12"))?.Id);
        Assert.Null(await store.FindByFeedGuidAsync("tag:example.com,2026:2"));
        Assert.Equal(second.Id, (await store.FindByContentHashAsync(second.ContentHash))?.Id);
        Assert.Equal(second.ContentHash, ContentHash.Of("Second", "Another body."));
        Assert.Null(await store.FindByContentHashAsync(ContentHash.Of("Second", "Another body!")));
    }

    [Fact]
    public async Task A_feed_is_added_once_and_due_at_once()
    {
        var store = await NewStoreAsync();
        var (feed, created) = await store.AddFeedAsync("https://news.example.org/rss", TimeSpan.FromMinutes(30));
        Assert.True(created);
        Assert.Equal(TimeSpan.FromMinutes(30), feed.Interval);
        Assert.Equal(Clock.Now, feed.NextPoll);
        Assert.Null(feed.LastPolled);

        await store.RecordFeedPollAsync(feed.Id, new FeedPoll { Succeeded = false, Error = "timed out", NextPoll = Clock.Now.AddHours(1) });
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (again, createdAgain) = await store.AddFeedAsync("https://news.example.org/rss", TimeSpan.FromMinutes(5));
        Assert.False(createdAgain);
        Assert.Equal(feed.Id, again.Id);
        Assert.Equal(TimeSpan.FromMinutes(5), again.Interval);
        Assert.Equal(Clock.Now, again.NextPoll);
        Assert.Equal(0, again.Failures);
        Assert.Equal("timed out", again.LastErrorMessage);
        await store.AddFeedAsync("https://other.example.org/feed.json", TimeSpan.FromHours(1));
        Assert.Equal(["https://news.example.org/rss", "https://other.example.org/feed.json"], (await store.ListFeedsAsync()).Select(f => f.Url));
        Assert.Null(await store.GetFeedAsync(feed.Id + 100));

        Assert.True(await store.DeleteFeedAsync(feed.Id));
        Assert.False(await store.DeleteFeedAsync(feed.Id));
        Assert.Null(await store.GetFeedAsync(feed.Id));
        Assert.Equal(["https://other.example.org/feed.json"], (await store.ListFeedsAsync()).Select(f => f.Url));
    }

    [Fact]
    public async Task Feed_polls_record_success_and_failure_and_decide_when_it_is_due()
    {
        var store = await NewStoreAsync();
        var (feed, _) = await store.AddFeedAsync("https://news.example.org/rss", TimeSpan.FromMinutes(30));
        var start = Clock.Now;
        Assert.Single(await store.ListDueFeedsAsync(start));

        await store.RecordFeedPollAsync(feed.Id, new FeedPoll { Succeeded = true, Title = "Gazette", ETag = "\"v1\"", LastModified = "Sat, 28 Nov 2026 10:00:00 GMT", NextPoll = start.AddMinutes(30) });
        var ok = await store.GetFeedAsync(feed.Id);
        Assert.Equal("Gazette", ok!.Title);
        Assert.Equal("\"v1\"", ok.ETag);
        Assert.Equal(start, ok.LastSuccess);
        Assert.Empty(await store.ListDueFeedsAsync(start.AddMinutes(29)));
        Assert.Single(await store.ListDueFeedsAsync(start.AddMinutes(30)));

        Clock.Advance(TimeSpan.FromMinutes(30));
        await store.RecordFeedPollAsync(feed.Id, new FeedPoll { Succeeded = false, Error = "the server answered 503", NextPoll = Clock.Now.AddHours(1) });
        await store.RecordFeedPollAsync(feed.Id, new FeedPoll { Succeeded = false, Error = "timed out", NextPoll = Clock.Now.AddHours(2) });
        var failing = await store.GetFeedAsync(feed.Id);
        Assert.Equal(2, failing!.Failures);
        Assert.Equal("timed out", failing.LastErrorMessage);
        Assert.Equal("Gazette", failing.Title);
        Assert.Equal("\"v1\"", failing.ETag);
        Assert.Equal(start, failing.LastSuccess);

        await store.RecordFeedPollAsync(feed.Id, new FeedPoll { Succeeded = true, ETag = "\"v2\"", NextPoll = Clock.Now.AddMinutes(30) });
        var recovered = await store.GetFeedAsync(feed.Id);
        Assert.Equal(0, recovered!.Failures);
        Assert.Null(recovered.LastErrorMessage);
        Assert.Equal("Gazette", recovered.Title);
        Assert.Equal("\"v2\"", recovered.ETag);
    }

    [Fact]
    public async Task A_claimed_feed_is_not_claimed_again_until_its_lease_runs_out_or_its_poll_is_recorded()
    {
        var store = await NewStoreAsync();
        var (late, _) = await store.AddFeedAsync("https://news.example.org/rss", TimeSpan.FromMinutes(30));
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (early, _) = await store.AddFeedAsync("https://other.example.org/feed.json", TimeSpan.FromMinutes(30));
        var now = Clock.Now;

        var first = await store.ClaimDueFeedAsync(now, now.AddMinutes(10));
        var second = await store.ClaimDueFeedAsync(now, now.AddMinutes(10));
        Assert.Equal(late.Id, first!.Id);
        Assert.Equal(early.Id, second!.Id);
        Assert.Equal(now.AddMinutes(10), first.NextPoll);
        Assert.Null(await store.ClaimDueFeedAsync(now.AddMinutes(9), now.AddMinutes(19)));

        // The first poller records its poll; the second dies, and its feed is due again once the lease is over.
        await store.RecordFeedPollAsync(first.Id, new FeedPoll { Succeeded = true, NextPoll = now.AddMinutes(30) });
        var retaken = await store.ClaimDueFeedAsync(now.AddMinutes(10), now.AddMinutes(20));
        Assert.Equal(early.Id, retaken!.Id);
        Assert.Null(await store.ClaimDueFeedAsync(now.AddMinutes(10), now.AddMinutes(20)));
    }

    [Fact]
    public async Task Parallel_pollers_claim_each_due_feed_exactly_once()
    {
        var store = await NewStoreAsync();
        for (var i = 0; i < 20; i++)
            await store.AddFeedAsync($"https://news.example.org/feed-{i}.xml", TimeSpan.FromMinutes(30));
        var now = Clock.Now;

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await store.ClaimDueFeedAsync(now, now.AddMinutes(10)) is { } feed)
                mine.Add(feed.Id);
            return mine;
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(20, all.Count);
        Assert.Equal(20, all.Distinct().Count());
    }

    [Fact]
    public async Task A_lock_is_held_by_one_holder_at_a_time()
    {
        var store = await NewStoreAsync();
        var held = await store.LockAsync("import:https://news.example.org/a");

        var waiting = store.LockAsync("import:https://news.example.org/a");
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Published_time_is_kept_to_the_millisecond_as_the_same_instant()
    {
        var store = await NewStoreAsync();
        var published = new DateTimeOffset(2024, 2, 29, 23, 59, 59, 999, TimeSpan.FromHours(-5));

        var added = await store.AddAsync(Drafts.Make(published: published));
        var read = await store.GetAsync(added.Id);

        Assert.Equal(published, read!.Published);
        Assert.Equal(published.ToUnixTimeMilliseconds(), read.Published.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Tags_are_trimmed_deduplicated_ignoring_case_and_keep_their_order()
    {
        var store = await NewStoreAsync();

        var added = await store.AddAsync(Drafts.Make(tags: [" zebra ", "Apple", "apple", "", "mango"]));
        var read = await store.GetAsync(added.Id);

        Assert.Equal(["zebra", "Apple", "mango"], added.Tags);
        Assert.Equal(["zebra", "Apple", "mango"], read!.Tags);
    }

    [Fact]
    public async Task Word_count_counts_tokens_with_a_letter_or_digit()
    {
        var store = await NewStoreAsync();

        var added = await store.AddAsync(Drafts.Make(text: "Prices rose 5 % — again.\n\nМэр сказал: «да»."));

        Assert.Equal(7, added.WordCount);
    }

    [Fact]
    public async Task Count_counts_articles()
    {
        var store = await NewStoreAsync();
        Assert.Equal(0, await store.CountAsync());

        await store.AddAsync(Drafts.Make(title: "One"));
        var two = await store.AddAsync(Drafts.Make(title: "Two"));
        Assert.Equal(2, await store.CountAsync());

        await store.DeleteAsync(two.Id);
        Assert.Equal(1, await store.CountAsync());
    }

    // --- validation -------------------------------------------------------------------------------------------

    public static TheoryData<string, string, string> EmptyRequiredFields => new()
    {
        { "", "Some text.", "en" },
        { "   ", "Some text.", "en" },
        { "A title", "", "en" },
        { "A title", " \n\t ", "en" },
        { "A title", "Some text.", "" },
        { "A title", "Some text.", "  " },
    };

    [Theory]
    [MemberData(nameof(EmptyRequiredFields))]
    public async Task Empty_title_body_or_language_is_refused(string title, string text, string language)
    {
        var store = await NewStoreAsync();
        var draft = Drafts.Make(title: title, text: text, language: language);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddAsync(draft));
        var existing = await store.AddAsync(Drafts.Make());
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.UpdateAsync(existing.Id, draft));
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task Overlong_title_and_bad_language_are_refused_with_a_clear_message()
    {
        var store = await NewStoreAsync();

        var title = await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddAsync(Drafts.Make(title: new string('x', 501))));
        var language = await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddAsync(Drafts.Make(language: "en; DROP")));

        Assert.Contains("title", title.Message);
        Assert.Contains("language", language.Message);
        Assert.Equal(0, await store.CountAsync());
    }

    // --- slugs ------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Cyrillic_titles_get_transliterated_slugs()
    {
        var store = await NewStoreAsync();

        var added = await store.AddAsync(Drafts.Make(title: "Мэрия Москвы открыла новый парк", language: "ru"));

        Assert.Equal("meriya-moskvy-otkryla-novyy-park", added.Slug);
        Assert.Equal(added.Id, (await store.GetBySlugAsync("meriya-moskvy-otkryla-novyy-park"))?.Id);
    }

    [Fact]
    public async Task Same_title_gets_numbered_slugs()
    {
        var store = await NewStoreAsync();

        var slugs = new List<string>();
        for (var i = 0; i < 3; i++)
            slugs.Add((await store.AddAsync(Drafts.Make(title: "Storm warning"))).Slug);

        Assert.Equal(["storm-warning", "storm-warning-2", "storm-warning-3"], slugs);
    }

    [Fact]
    public async Task A_title_that_ends_in_a_number_does_not_push_later_suffixes_up()
    {
        var store = await NewStoreAsync();

        var year = await store.AddAsync(Drafts.Make(title: "Election 2024"));
        var first = await store.AddAsync(Drafts.Make(title: "Election"));
        var second = await store.AddAsync(Drafts.Make(title: "Election"));

        Assert.Equal(["election-2024", "election", "election-2"], new[] { year.Slug, first.Slug, second.Slug });
    }

    [Fact]
    public async Task A_wished_for_slug_is_normalized_and_made_unique()
    {
        var store = await NewStoreAsync();

        var first = await store.AddAsync(Drafts.Make(title: "Anything", slug: "My Custom Slug!"));
        var second = await store.AddAsync(Drafts.Make(title: "Something else", slug: "my-custom-slug"));

        Assert.Equal("my-custom-slug", first.Slug);
        Assert.Equal("my-custom-slug-2", second.Slug);
    }

    [Fact]
    public async Task A_deleted_articles_slug_can_be_used_again()
    {
        var store = await NewStoreAsync();
        var first = await store.AddAsync(Drafts.Make(title: "Ferry strike"));
        await store.DeleteAsync(first.Id);

        var again = await store.AddAsync(Drafts.Make(title: "Ferry strike"));

        Assert.Equal("ferry-strike", again.Slug);
        Assert.NotEqual(first.Id, again.Id);
    }

    [Fact]
    public async Task Parallel_adds_of_one_title_all_succeed_with_distinct_slugs()
    {
        var store = await NewStoreAsync();

        var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            store.AddAsync(Drafts.Make(title: "Breaking news", text: $"Report number {i} from the scene.")))));

        Assert.Equal(8, added.Select(a => a.Slug).Distinct().Count());
        Assert.Equal(8, added.Select(a => a.Id).Distinct().Count());
        Assert.Contains("breaking-news", added.Select(a => a.Slug));
        Assert.All(added, a => Assert.Matches("^breaking-news(-[2-8])?$", a.Slug));
        Assert.Equal(8, await store.CountAsync());
    }

    // --- update -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Update_keeps_id_slug_and_created_time_and_changes_content_hash_and_updated_time()
    {
        var store = await NewStoreAsync();
        var original = await store.AddAsync(Drafts.Make(title: "Council approves new bridge", tags: ["a", "b"]));
        Clock.Advance(TimeSpan.FromMinutes(5));

        var draft = Drafts.Make(title: "Council approves a bigger bridge", text: "The plan grew. Work starts in June.", tags: ["c"], slug: "ignored-slug");
        var updated = await store.UpdateAsync(original.Id, draft);

        Assert.NotNull(updated);
        Assert.Equal(original.Id, updated.Id);
        Assert.Equal(original.Slug, updated.Slug);
        Assert.Equal(original.Created, updated.Created);
        Assert.Equal(Clock.Now, updated.Updated);
        Assert.Equal("Council approves a bigger bridge", updated.Title);
        Assert.Equal(ContentHash.Of(draft.Title, draft.BodyText), updated.ContentHash);
        Assert.NotEqual(original.ContentHash, updated.ContentHash);
        Assert.Equal(7, updated.WordCount);
        Assert.Equal(["c"], updated.Tags);

        var read = await store.GetBySlugAsync(original.Slug);
        Assert.NotNull(read);
        AssertSame(updated, read);
        Assert.Null(await store.GetBySlugAsync("ignored-slug"));
    }

    [Fact]
    public async Task Update_of_an_unknown_article_returns_null_and_adds_nothing()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.UpdateAsync(12345, Drafts.Make()));
        Assert.Equal(0, await store.CountAsync());
    }

    [Fact]
    public async Task Update_reindexes_the_text_for_search()
    {
        var store = await NewStoreAsync();
        var article = await store.AddAsync(Drafts.Make(title: "Harbour news", text: "The ferry was late again."));

        await store.UpdateAsync(article.Id, Drafts.Make(title: "Harbour news", text: "The tugboat arrived early."));

        Assert.Equal(0, (await store.ListAsync(new ArticleQuery { Text = "ferry" })).TotalCount);
        Assert.Equal(1, (await store.ListAsync(new ArticleQuery { Text = "tugboat" })).TotalCount);
    }

    // --- delete -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Delete_removes_the_article_from_reads_lists_and_search()
    {
        var store = await NewStoreAsync();
        var article = await store.AddAsync(Drafts.Make(title: "Lighthouse restored", text: "The old lighthouse shines again.", category: "Local", tags: ["sea"]));

        Assert.True(await store.DeleteAsync(article.Id));

        Assert.Null(await store.GetAsync(article.Id));
        Assert.Null(await store.GetBySlugAsync(article.Slug));
        Assert.Empty((await store.ListAsync(new ArticleQuery())).Items);
        Assert.Equal(0, (await store.ListAsync(new ArticleQuery { Text = "lighthouse" })).TotalCount);
        Assert.Empty(await store.ListCategoriesAsync());
        Assert.False(await store.DeleteAsync(article.Id));
    }

    [Fact]
    public async Task A_deleted_slug_is_remembered_until_an_article_takes_it_again()
    {
        var store = await NewStoreAsync();
        var article = await store.AddAsync(Drafts.Make(title: "Lighthouse restored"));
        Assert.False(await store.WasDeletedAsync(article.Slug));

        await store.DeleteAsync(article.Id);

        Assert.True(await store.WasDeletedAsync(article.Slug));
        Assert.False(await store.WasDeletedAsync("never-there"));
        var again = await store.AddAsync(Drafts.Make(title: "Lighthouse restored"));
        Assert.Equal(article.Slug, again.Slug);
        Assert.False(await store.WasDeletedAsync(article.Slug));
    }

    [Fact]
    public async Task Stamps_list_every_address_with_its_last_change_in_id_order()
    {
        var store = await NewStoreAsync();
        var first = await store.AddAsync(Drafts.Make(title: "One"));
        var second = await store.AddAsync(Drafts.Make(title: "Two"));
        var third = await store.AddAsync(Drafts.Make(title: "Three"));
        Clock.Advance(TimeSpan.FromMinutes(5));
        var edited = await store.UpdateAsync(first.Id, Drafts.Make(title: "One", text: "Changed text of the first."));
        await store.DeleteAsync(second.Id);

        var all = await store.ListStampsAsync(0, 10);

        Assert.Equal([new ArticleStamp(first.Id, first.Slug, edited!.Updated), new ArticleStamp(third.Id, third.Slug, third.Updated)], all);
        Assert.Equal([new ArticleStamp(third.Id, third.Slug, third.Updated)], await store.ListStampsAsync(1, 10));
        Assert.Empty(await store.ListStampsAsync(2, 10));
    }

    [Fact]
    public async Task The_tag_filter_ignores_case_in_any_script()
    {
        var store = await NewStoreAsync();
        var sea = await store.AddAsync(Drafts.Make(title: "Harbour", tags: ["Sea", "Boats"]));
        var river = await store.AddAsync(Drafts.Make(title: "Река", language: "ru", tags: ["Реки"]));
        await store.AddAsync(Drafts.Make(title: "Other", tags: ["seaside"]));

        Assert.Equal([sea.Id], (await store.ListAsync(new ArticleQuery { Tag = "sea" })).Items.Select(i => i.Id));
        Assert.Equal([sea.Id], (await store.ListAsync(new ArticleQuery { Tag = " BOATS " })).Items.Select(i => i.Id));
        Assert.Equal([river.Id], (await store.ListAsync(new ArticleQuery { Tag = "РЕКИ" })).Items.Select(i => i.Id));
        Assert.Equal(0, (await store.ListAsync(new ArticleQuery { Tag = "lake" })).TotalCount);
    }

    [Fact]
    public async Task Source_name_and_image_address_are_kept_and_a_copy_of_the_image_is_stored()
    {
        var store = await NewStoreAsync();
        var draft = Drafts.Make(sourceUrl: "https://gazette.example/harbour") with { SourceName = "Harbour Gazette", ImageUrl = "https://gazette.example/lead.jpg" };
        var article = await store.AddAsync(draft);
        Assert.False(article.HasImage);
        Assert.Equal("Harbour Gazette", (await store.GetAsync(article.Id))!.SourceName);
        Assert.Equal("https://gazette.example/lead.jpg", (await store.GetAsync(article.Id))!.ImageUrl);
        Assert.Null(await store.GetImageAsync(article.Id));

        var image = new StoredImage("https://gazette.example/lead.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0x01]);
        Assert.True(await store.PutImageAsync(article.Id, image));
        Assert.False(await store.PutImageAsync(article.Id + 99, image));

        var stored = await store.GetImageAsync(article.Id);
        Assert.Equal(image.Bytes, stored!.Bytes);
        Assert.Equal("image/jpeg", stored.ContentType);
        Assert.True((await store.GetAsync(article.Id))!.HasImage);
        Assert.True(Assert.Single((await store.ListAsync(new ArticleQuery())).Items).HasImage);

        // Replacing the text keeps the picture; naming another picture drops the copy of the old one.
        Assert.True((await store.UpdateAsync(article.Id, draft with { BodyText = "Changed.", BodyHtml = "<p>Changed.</p>" }))!.HasImage);
        Assert.NotNull(await store.GetImageAsync(article.Id));
        Assert.False((await store.UpdateAsync(article.Id, draft with { ImageUrl = "https://gazette.example/other.jpg" }))!.HasImage);
        Assert.Null(await store.GetImageAsync(article.Id));

        await store.PutImageAsync(article.Id, image);
        await store.DeleteAsync(article.Id);
        Assert.Null(await store.GetImageAsync(article.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutImageAsync(article.Id, image with { Bytes = [] }));
    }

    // --- listing and paging -----------------------------------------------------------------------------------

    [Fact]
    public async Task List_pages_newest_first_with_counts()
    {
        var store = await NewStoreAsync();
        // Added in a scrambled order so that insertion order cannot pass for time order.
        foreach (var day in new[] { 7, 2, 9, 1, 5, 3, 10, 8, 4, 6, 11, 12 })
            await store.AddAsync(Drafts.Make(title: $"Day {day}", published: Drafts.Noon.AddDays(day)));

        var first = await store.ListAsync(new ArticleQuery { Page = 1, PageSize = 5 });
        var third = await store.ListAsync(new ArticleQuery { Page = 3, PageSize = 5 });
        var beyond = await store.ListAsync(new ArticleQuery { Page = 4, PageSize = 5 });

        Assert.Equal(["Day 12", "Day 11", "Day 10", "Day 9", "Day 8"], first.Items.Select(i => i.Title));
        Assert.Equal(12, first.TotalCount);
        Assert.Equal(3, first.TotalPages);
        Assert.Equal(1, first.Page);
        Assert.Equal(5, first.PageSize);
        Assert.Equal(["Day 2", "Day 1"], third.Items.Select(i => i.Title));
        Assert.Empty(beyond.Items);
        Assert.Equal(12, beyond.TotalCount);
    }

    [Fact]
    public async Task List_breaks_ties_on_published_time_by_newest_id()
    {
        var store = await NewStoreAsync();
        var a = await store.AddAsync(Drafts.Make(title: "A"));
        var b = await store.AddAsync(Drafts.Make(title: "B"));
        var c = await store.AddAsync(Drafts.Make(title: "C", published: Drafts.Noon.AddMinutes(-1)));

        var page = await store.ListAsync(new ArticleQuery());

        Assert.Equal([b.Id, a.Id, c.Id], page.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData(0, 0, 1, 1)]
    [InlineData(-3, -5, 1, 1)]
    [InlineData(2, 1000, 2, ArticleQuery.MaxPageSize)]
    [InlineData(int.MaxValue, ArticleQuery.MaxPageSize, int.MaxValue, ArticleQuery.MaxPageSize)]
    public async Task Page_and_page_size_are_clamped(int page, int pageSize, int expectedPage, int expectedPageSize)
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make());

        var result = await store.ListAsync(new ArticleQuery { Page = page, PageSize = pageSize });

        Assert.Equal(expectedPage, result.Page);
        Assert.Equal(expectedPageSize, result.PageSize);
        Assert.Equal(1, result.TotalCount);
        Assert.Equal(expectedPage == 1 ? 1 : 0, result.Items.Count);
    }

    [Fact]
    public async Task List_items_carry_the_article_summary_fields()
    {
        var store = await NewStoreAsync();
        var article = await store.AddAsync(Drafts.Make(category: "City") with { Author = "Ann Lee" });

        var item = Assert.Single((await store.ListAsync(new ArticleQuery())).Items);

        Assert.Equal(new ArticleListItem(article.Id, article.Slug, article.Title, "en", article.Published, "Ann Lee", "City",
            "The city council approved the new bridge on Tuesday. Work starts in May.", 13, article.ContentHash), item);
    }

    [Fact]
    public async Task Excerpt_is_the_first_forty_words_cut_at_a_word()
    {
        var store = await NewStoreAsync();
        var words = Enumerable.Range(1, 60).Select(i => $"word{i}").ToArray();
        await store.AddAsync(Drafts.Make(text: string.Join(' ', words[..20]) + "\n\n" + string.Join(' ', words[20..])));

        var item = Assert.Single((await store.ListAsync(new ArticleQuery())).Items);

        Assert.Equal(string.Join(' ', words[..40]) + "…", item.Excerpt);
    }

    [Fact]
    public async Task Category_filter_ignores_case_in_any_script()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make(title: "One", category: "Politics"));
        await store.AddAsync(Drafts.Make(title: "Two", category: "POLITICS"));
        await store.AddAsync(Drafts.Make(title: "Three", category: "Sport"));
        await store.AddAsync(Drafts.Make(title: "Четыре", category: "Политика", language: "ru"));
        await store.AddAsync(Drafts.Make(title: "Пять", category: "ПОЛИТИКА", language: "ru"));
        await store.AddAsync(Drafts.Make(title: "Six"));

        var politics = await store.ListAsync(new ArticleQuery { Category = "politics" });
        var russian = await store.ListAsync(new ArticleQuery { Category = "политика" });
        var none = await store.ListAsync(new ArticleQuery { Category = "Weather" });

        Assert.Equal(["Two", "One"], politics.Items.Select(i => i.Title));
        Assert.Equal(2, politics.TotalCount);
        Assert.Equal(["Пять", "Четыре"], russian.Items.Select(i => i.Title));
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task Categories_are_grouped_ignoring_case_counted_and_sorted_by_name()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make(title: "1", category: "sport"));
        await store.AddAsync(Drafts.Make(title: "2", category: "Sport"));
        await store.AddAsync(Drafts.Make(title: "3", category: "Sport"));
        await store.AddAsync(Drafts.Make(title: "4", category: "economy"));
        await store.AddAsync(Drafts.Make(title: "5", category: "Culture"));
        await store.AddAsync(Drafts.Make(title: "6", category: "CULTURE"));
        await store.AddAsync(Drafts.Make(title: "7"));

        var categories = await store.ListCategoriesAsync();

        // "Sport" is the most common spelling; "Culture" and "CULTURE" tie, so the one stored first is shown.
        Assert.Equal([new("Culture", 2), new("economy", 1), new CategoryCount("Sport", 3)], categories);
    }

    // --- search -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Search_finds_all_words_in_title_or_body_ignoring_case_and_accents()
    {
        var store = await NewStoreAsync();
        var cafe = await store.AddAsync(Drafts.Make(title: "Café reopens", text: "The harbour café opened its doors again."));
        var harbour = await store.AddAsync(Drafts.Make(title: "Harbour dredging", text: "Dredging of the harbour begins."));

        Assert.Equal([cafe.Id], await SearchIds(store, "CAFE"));
        Assert.Equal([cafe.Id], await SearchIds(store, "harbour doors"));
        Assert.Equal([harbour.Id, cafe.Id], await SearchIds(store, "Harbour"));
        Assert.Empty(await SearchIds(store, "harbour tugboat"));
    }

    [Fact]
    public async Task Search_finds_russian_words()
    {
        var store = await NewStoreAsync();
        var park = await store.AddAsync(Drafts.Make(title: "Новый парк", text: "В Москве открыли новый парк у реки.", language: "ru"));
        await store.AddAsync(Drafts.Make(title: "Погода", text: "Завтра ожидается тёплая погода.", language: "ru"));

        Assert.Equal([park.Id], await SearchIds(store, "парк"));
        Assert.Equal([park.Id], await SearchIds(store, "МОСКВЕ реки"));
        Assert.Empty(await SearchIds(store, "Лондон"));
    }

    [Fact]
    public async Task Search_matches_other_forms_of_a_word_in_the_articles_language()
    {
        var store = await NewStoreAsync();
        var harbour = await store.AddAsync(Drafts.Make(title: "Harbour dredging", text: "Dredging of the harbour begins on Monday."));
        var mill = await store.AddAsync(Drafts.Make(title: "Судьба льнокомбината", text: "Старый льнокомбинат закрыли в прошлом году.", language: "ru"));
        await store.AddAsync(Drafts.Make(title: "Погода", text: "Завтра ожидается тёплая погода.", language: "ru"));

        Assert.Equal([harbour.Id], await SearchIds(store, "harbours"));
        Assert.Equal([harbour.Id], await SearchIds(store, "dredged harbours"));
        Assert.Equal([mill.Id], await SearchIds(store, "льнокомбината"));
        Assert.Equal([mill.Id], await SearchIds(store, "льнокомбинатом закрыт"));
        Assert.Empty(await SearchIds(store, "harbours льнокомбинат"));
    }

    [Fact]
    public async Task Search_treats_russian_yo_and_ye_as_one_letter()
    {
        var store = await NewStoreAsync();
        var warm = await store.AddAsync(Drafts.Make(title: "Погода", text: "Завтра ожидается тёплая погода.", language: "ru"));
        var tree = await store.AddAsync(Drafts.Make(title: "Елка на площади", text: "На площади поставили елку.", language: "ru"));

        Assert.Equal([warm.Id], await SearchIds(store, "теплая"));
        Assert.Equal([warm.Id], await SearchIds(store, "ТЁПЛАЯ"));
        Assert.Equal([tree.Id], await SearchIds(store, "Ёлка"));
    }

    [Theory]
    [InlineData("\"foo")]
    [InlineData("a* OR -b NEAR(")]
    [InlineData("title:bridge")]
    [InlineData("body_text:x OR y")]
    [InlineData(")(\"\"(")]
    [InlineData("NOT")]
    [InlineData("AND OR NOT NEAR")]
    [InlineData("^bridge")]
    [InlineData("bridge*")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("{title body_text}: bridge")]
    [InlineData("\\ \0 \u00a0 \u200b")]
    public async Task Hostile_search_text_is_only_ever_words(string text)
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make());

        var page = await store.ListAsync(new ArticleQuery { Text = text });

        Assert.InRange(page.TotalCount, 0, 1);
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task Operator_words_are_searched_as_words()
    {
        var store = await NewStoreAsync();
        var bridge = await store.AddAsync(Drafts.Make());

        // As FTS5 syntax these would mean "bridge or anything"; as words, "or" is not in the article.
        Assert.Empty(await SearchIds(store, "bridge OR tugboat"));
        Assert.Equal([bridge.Id], await SearchIds(store, "bridge*"));
        Assert.Equal([bridge.Id], await SearchIds(store, "\"council"));
        Assert.Equal([bridge.Id], await SearchIds(store, "-bridge"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    public async Task Empty_search_text_is_no_filter(string? text)
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make(title: "One"));
        await store.AddAsync(Drafts.Make(title: "Two"));

        Assert.Equal(2, (await store.ListAsync(new ArticleQuery { Text = text })).TotalCount);
    }

    [Fact]
    public async Task Search_text_of_only_punctuation_matches_nothing()
    {
        var store = await NewStoreAsync();
        await store.AddAsync(Drafts.Make());

        var page = await store.ListAsync(new ArticleQuery { Text = "*** -- \"\" ?!" });

        Assert.Equal(0, page.TotalCount);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Search_and_category_filter_together()
    {
        var store = await NewStoreAsync();
        var localBridge = await store.AddAsync(Drafts.Make(title: "Bridge opens", text: "The bridge opens today.", category: "Local"));
        await store.AddAsync(Drafts.Make(title: "Bridge tournament", text: "A bridge card tournament.", category: "Games"));
        await store.AddAsync(Drafts.Make(title: "Road works", text: "Road works continue.", category: "local"));

        var page = await store.ListAsync(new ArticleQuery { Text = "bridge", Category = "LOCAL" });

        Assert.Equal([localBridge.Id], page.Items.Select(i => i.Id));
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task Search_ranks_by_relevance_before_recency()
    {
        var store = await NewStoreAsync();
        var titled = await store.AddAsync(Drafts.Make(title: "Tram strike", text: "Drivers stopped work over pay. The tram depot was quiet.",
            published: Drafts.Noon));
        var mentioned = await store.AddAsync(Drafts.Make(title: "City roundup", text: "Many things happened. A tram was late. Markets were busy. Rain fell.",
            published: Drafts.Noon.AddDays(1)));

        Assert.Equal([titled.Id, mentioned.Id], await SearchIds(store, "tram"));
        Assert.Equal([mentioned.Id, titled.Id], (await store.ListAsync(new ArticleQuery())).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Equally_relevant_search_results_come_newest_first_and_page()
    {
        var store = await NewStoreAsync();
        var ids = new List<long>();
        for (var day = 0; day < 5; day++)
            ids.Add((await store.AddAsync(Drafts.Make(title: "Tide table", text: "High tide at noon.", published: Drafts.Noon.AddDays(day)))).Id);

        var first = await store.ListAsync(new ArticleQuery { Text = "tide", PageSize = 2 });
        var last = await store.ListAsync(new ArticleQuery { Text = "tide", PageSize = 2, Page = 3 });

        Assert.Equal([ids[4], ids[3]], first.Items.Select(i => i.Id));
        Assert.Equal([ids[0]], last.Items.Select(i => i.Id));
        Assert.Equal(5, first.TotalCount);
        Assert.Equal(3, first.TotalPages);
    }

    // --- neighbours -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Neighbours_are_chronological_with_nulls_at_the_ends()
    {
        var store = await NewStoreAsync();
        var middle = await store.AddAsync(Drafts.Make(title: "Middle", published: Drafts.Noon));
        var last = await store.AddAsync(Drafts.Make(title: "Last", published: Drafts.Noon.AddHours(1)));
        var first = await store.AddAsync(Drafts.Make(title: "First", published: Drafts.Noon.AddHours(-1)));

        var ofMiddle = await store.GetNeighboursAsync(middle.Id);
        var ofFirst = await store.GetNeighboursAsync(first.Id);
        var ofLast = await store.GetNeighboursAsync(last.Id);

        Assert.Equal(new ArticleLink(first.Id, first.Slug, "First", first.Published, first.Language), ofMiddle.Previous);
        Assert.Equal(new ArticleLink(last.Id, last.Slug, "Last", last.Published, last.Language), ofMiddle.Next);
        Assert.Null(ofFirst.Previous);
        Assert.Equal(middle.Id, ofFirst.Next?.Id);
        Assert.Equal(middle.Id, ofLast.Previous?.Id);
        Assert.Null(ofLast.Next);
    }

    [Fact]
    public async Task Neighbours_with_the_same_published_time_are_ordered_by_id()
    {
        var store = await NewStoreAsync();
        var before = await store.AddAsync(Drafts.Make(title: "Before", published: Drafts.Noon.AddSeconds(-1)));
        var a = await store.AddAsync(Drafts.Make(title: "A"));
        var b = await store.AddAsync(Drafts.Make(title: "B"));
        var c = await store.AddAsync(Drafts.Make(title: "C"));

        var ofA = await store.GetNeighboursAsync(a.Id);
        var ofB = await store.GetNeighboursAsync(b.Id);
        var ofC = await store.GetNeighboursAsync(c.Id);

        Assert.Equal((before.Id, b.Id), (ofA.Previous?.Id, ofA.Next?.Id));
        Assert.Equal((a.Id, c.Id), (ofB.Previous?.Id, ofB.Next?.Id));
        Assert.Equal(b.Id, ofC.Previous?.Id);
        Assert.Null(ofC.Next);
    }

    [Fact]
    public async Task Neighbours_stay_within_the_articles_language()
    {
        var store = await NewStoreAsync();
        var first = await store.AddAsync(Drafts.Make(title: "First", published: Drafts.Noon));
        var russian = await store.AddAsync(Drafts.Make(title: "Второе", text: "Текст статьи.", language: "ru", published: Drafts.Noon.AddHours(1)));
        var third = await store.AddAsync(Drafts.Make(title: "Third", published: Drafts.Noon.AddHours(2)));

        var ofFirst = await store.GetNeighboursAsync(first.Id);
        var ofRussian = await store.GetNeighboursAsync(russian.Id);

        Assert.Equal(third.Id, ofFirst.Next?.Id);
        Assert.Equal(first.Id, (await store.GetNeighboursAsync(third.Id)).Previous?.Id);
        Assert.Equal(new ArticleNeighbours(null, null), ofRussian);
    }

    [Fact]
    public async Task A_lone_or_unknown_article_has_no_neighbours()
    {
        var store = await NewStoreAsync();
        var only = await store.AddAsync(Drafts.Make());

        Assert.Equal(new ArticleNeighbours(null, null), await store.GetNeighboursAsync(only.Id));
        Assert.Equal(new ArticleNeighbours(null, null), await store.GetNeighboursAsync(only.Id + 99));
    }

    // --- summary cache ----------------------------------------------------------------------------------------

    [Fact]
    public async Task Summary_cache_stores_and_replaces_per_full_key()
    {
        var store = await NewStoreAsync();
        var key = Key("abc123");

        Assert.Null(await store.GetSummaryAsync(key));
        await store.PutSummaryAsync(key, """{"v":1}""");
        Assert.Equal("""{"v":1}""", await store.GetSummaryAsync(key));

        await store.PutSummaryAsync(key, """{"v":2}""");
        Assert.Equal("""{"v":2}""", await store.GetSummaryAsync(key));

        Assert.Null(await store.GetSummaryAsync(key with { Options = "sentences=5" }));
        Assert.Null(await store.GetSummaryAsync(key with { Method = "lead" }));
        Assert.Null(await store.GetSummaryAsync(key with { EngineVersion = "2.0" }));
        Assert.Null(await store.GetSummaryAsync(key with { ContentHash = "abc124" }));
    }

    [Fact]
    public async Task Changing_the_body_drops_the_cached_summaries_of_the_old_content()
    {
        var store = await NewStoreAsync();
        var article = await store.AddAsync(Drafts.Make());
        await store.PutSummaryAsync(Key(article.ContentHash), "[1]");
        await store.PutSummaryAsync(Key(article.ContentHash, "words=50"), "[2]");

        var updated = await store.UpdateAsync(article.Id, Drafts.Make(text: "The council delayed the bridge."));

        Assert.Null(await store.GetSummaryAsync(Key(article.ContentHash)));
        Assert.Null(await store.GetSummaryAsync(Key(article.ContentHash, "words=50")));
        Assert.Null(await store.GetSummaryAsync(Key(updated!.ContentHash)));
    }

    [Fact]
    public async Task Changing_only_other_fields_keeps_the_cached_summary()
    {
        var store = await NewStoreAsync();
        var article = await store.AddAsync(Drafts.Make(category: "City"));
        await store.PutSummaryAsync(Key(article.ContentHash), "[1]");

        var updated = await store.UpdateAsync(article.Id, Drafts.Make(category: "Transport", tags: ["bridges"]) with { Author = "Bo Chen" });

        Assert.Equal(article.ContentHash, updated!.ContentHash);
        Assert.Equal("Transport", updated.Category);
        Assert.Equal("[1]", await store.GetSummaryAsync(Key(article.ContentHash)));
    }

    [Fact]
    public async Task A_summary_shared_by_another_article_with_the_same_content_survives_updates_and_deletes()
    {
        var store = await NewStoreAsync();
        var original = await store.AddAsync(Drafts.Make(sourceUrl: "https://a.example/bridge"));
        var copy = await store.AddAsync(Drafts.Make(sourceUrl: "https://b.example/bridge"));
        Assert.Equal(original.ContentHash, copy.ContentHash);
        await store.PutSummaryAsync(Key(original.ContentHash), "[1]");

        await store.UpdateAsync(copy.Id, Drafts.Make(text: "A different text now."));
        Assert.Equal("[1]", await store.GetSummaryAsync(Key(original.ContentHash)));

        await store.DeleteAsync(original.Id);
        Assert.Null(await store.GetSummaryAsync(Key(original.ContentHash)));
    }

    [Fact]
    public async Task Delete_drops_the_cached_summaries_of_the_article()
    {
        var store = await NewStoreAsync();
        var article = await store.AddAsync(Drafts.Make());
        var other = await store.AddAsync(Drafts.Make(title: "Other", text: "Something else entirely."));
        await store.PutSummaryAsync(Key(article.ContentHash), "[1]");
        await store.PutSummaryAsync(Key(other.ContentHash), "[2]");

        await store.DeleteAsync(article.Id);

        Assert.Null(await store.GetSummaryAsync(Key(article.ContentHash)));
        Assert.Equal("[2]", await store.GetSummaryAsync(Key(other.ContentHash)));
    }

    // --- concurrency ------------------------------------------------------------------------------------------

    [Fact]
    public async Task Parallel_readers_and_writers_do_not_fail()
    {
        var store = await NewStoreAsync();
        var seed = await store.AddAsync(Drafts.Make(title: "Seed"));

        var work = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var article = await store.AddAsync(Drafts.Make(title: $"Story {i % 4}", text: $"Text {i} about the harbour."));
            await store.PutSummaryAsync(Key(article.ContentHash), $"[{i}]");
            await store.UpdateAsync(article.Id, Drafts.Make(title: $"Story {i % 4}", text: $"Revised text {i} about the harbour."));
            await store.ListAsync(new ArticleQuery { Text = "harbour" });
            await store.GetNeighboursAsync(seed.Id);
            return article.Id;
        }));
        var ids = await Task.WhenAll(work);

        Assert.Equal(17, await store.CountAsync());
        Assert.Equal(16, (await store.ListAsync(new ArticleQuery { Text = "revised harbour", PageSize = 50 })).TotalCount);
        Assert.Equal(16, ids.Distinct().Count());
    }

    private static async Task<List<long>> SearchIds(IArticleStore store, string text) =>
        (await store.ListAsync(new ArticleQuery { Text = text, PageSize = ArticleQuery.MaxPageSize })).Items.Select(i => i.Id).ToList();

    private static readonly string[] NoTags = [];

    // Records compare lists by reference, so tags are compared apart.
    private static void AssertSame(Article expected, Article actual)
    {
        Assert.Equal(expected with { Tags = NoTags }, actual with { Tags = NoTags });
        Assert.Equal(expected.Tags, actual.Tags);
    }
}
