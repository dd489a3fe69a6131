using NewsCorpus.Core.Ingestion;

namespace NewsCorpus.Core.Tests.Ingestion;

public sealed class PhraseMatcherTests
{
    private static readonly string[] Proclitics = ["و", "ل", "ب"];

    [Fact]
    public void Matchers_sharing_a_reading_each_find_their_own_phrases()
    {
        var reading = new WordStems(Proclitics);
        var people = new PhraseMatcher<string>([("putin", "بوتين"), ("obama", "باراك اوباما")], reading);
        var places = new PhraseMatcher<string>([("geneva", "جنيف")], reading);
        var words = reading.Of(["التقى", "لبوتين", "مع", "باراك", "اوباما", "في", "جنيف"]);

        Assert.Equal(["putin", "obama"], people.Find(words).Select(m => m.Key));
        Assert.Equal("ل", people.Find(words)[0].Prefix);
        Assert.Equal(["geneva"], places.Find(words).Select(m => m.Key));
    }

    [Fact]
    public void A_matcher_built_after_the_words_were_read_still_finds_its_phrases()
    {
        var reading = new WordStems(Proclitics);
        _ = new PhraseMatcher<string>([("putin", "بوتين")], reading);
        var words = reading.Of(["القمة", "في", "جنيف"]);
        var places = new PhraseMatcher<string>([("geneva", "جنيف")], reading);

        Assert.Equal(["geneva"], places.Find(words).Select(m => m.Key));
    }

    [Fact]
    public void Matches_come_in_the_order_their_phrases_start_and_none_is_an_empty_list()
    {
        var reading = new WordStems(Proclitics);
        var people = new PhraseMatcher<string>([("obama", "اوباما"), ("putin", "بوتين"), ("putin-full", "بوتين فلاديمير")], reading);

        var found = people.Find(reading.Of(["وبوتين", "فلاديمير", "قال", "لاوباما", "وبوتين"]));

        Assert.Equal([(0, "putin"), (0, "putin-full"), (3, "obama"), (4, "putin")], found.Select(m => (m.Start, m.Key)));
        Assert.Empty(people.Find(reading.Of(["قال", "المتحدث"])));
    }
}
