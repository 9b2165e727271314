using Briefly.Text.Languages;

namespace Briefly.Text.Tests.Languages;

public class LanguageDetectorTests
{
    public static TheoryData<string, string> Paragraphs => new()
    {
        { "en", "The city council voted on Tuesday to expand the bus network, but several members said the plan would cost more than expected. The mayor told reporters that the first new routes should open before the end of the year." },
        { "ru", "Городской совет во вторник проголосовал за расширение автобусной сети, однако несколько депутатов заявили, что план обойдётся дороже, чем ожидалось. Мэр сообщил журналистам, что первые новые маршруты откроются до конца года." },
        { "uk", "Міська рада у вівторок проголосувала за розширення автобусної мережі, але кілька депутатів заявили, що план коштуватиме більше, ніж очікувалося. Мер повідомив журналістам, що перші нові маршрути відкриються ще до кінця року." },
        { "de", "Der Stadtrat hat am Dienstag beschlossen, das Busnetz auszubauen, doch mehrere Mitglieder sagten, der Plan werde teurer als erwartet. Der Bürgermeister erklärte, dass die ersten neuen Linien noch vor Ende des Jahres in Betrieb gehen sollen." },
        { "fr", "Le conseil municipal a voté mardi l'extension du réseau de bus, mais plusieurs élus ont estimé que le projet coûterait plus cher que prévu. Le maire a déclaré aux journalistes que les premières lignes ouvriraient avant la fin de l'année." },
        { "es", "El ayuntamiento votó el martes a favor de ampliar la red de autobuses, pero varios concejales dijeron que el plan costará más de lo previsto. El alcalde explicó a los periodistas que las primeras líneas nuevas se abrirán antes de que termine el año." },
        { "it", "Il consiglio comunale ha votato martedì per ampliare la rete degli autobus, ma diversi consiglieri hanno detto che il piano costerà più del previsto. Il sindaco ha spiegato ai giornalisti che le prime nuove linee saranno aperte prima della fine dell'anno." },
        { "pt", "A câmara municipal votou na terça-feira a favor da ampliação da rede de autocarros, mas vários vereadores disseram que o plano vai custar mais do que o previsto. O presidente da câmara explicou aos jornalistas que as primeiras linhas novas vão abrir antes do fim do ano." },
        { "nl", "De gemeenteraad heeft dinsdag gestemd voor een uitbreiding van het busnetwerk, maar verschillende raadsleden zeiden dat het plan meer zal kosten dan verwacht. De burgemeester vertelde dat de eerste nieuwe lijnen nog voor het einde van het jaar open zullen gaan." },
        { "sv", "Kommunfullmäktige röstade på tisdagen för att bygga ut bussnätet, men flera ledamöter sade att planen kommer att kosta mer än väntat. Borgmästaren berättade för journalisterna att de första nya linjerna ska öppna innan året är slut." },
        { "da", "Byrådet stemte tirsdag for at udvide busnettet, men flere af medlemmerne sagde, at planen vil koste mere end forventet. Borgmesteren fortalte journalisterne, at de første nye ruter skal åbne, inden året er omme, og at der ikke bliver sparet på noget." },
        { "no", "Bystyret stemte tirsdag for å bygge ut bussnettet, men flere av medlemmene sa at planen vil koste mer enn ventet. Ordføreren fortalte journalistene at de første nye rutene skal åpne før året er omme, og at det ikke blir kuttet i noe av tilbudet." },
        { "fi", "Kaupunginvaltuusto äänesti tiistaina bussiverkon laajentamisen puolesta, mutta useat valtuutetut sanoivat, että suunnitelma tulee maksamaan enemmän kuin odotettiin. Pormestari kertoi toimittajille, että ensimmäiset uudet linjat avataan ennen vuoden loppua." },
        { "hu", "A városi közgyűlés kedden megszavazta a buszhálózat bővítését, de több képviselő szerint a terv többe fog kerülni, mint amennyit vártak. A polgármester azt mondta az újságíróknak, hogy az első új járatok még az év vége előtt elindulnak." },
        { "ro", "Consiliul local a votat marți pentru extinderea rețelei de autobuze, dar mai mulți consilieri au spus că planul va costa mai mult decât era prevăzut. Primarul a declarat jurnaliștilor că primele linii noi vor fi deschise până la sfârșitul anului." },
        { "tr", "Belediye meclisi salı günü otobüs ağının genişletilmesi için oy kullandı, ancak birkaç üye planın beklenenden daha pahalı olacağını söyledi. Belediye başkanı gazetecilere ilk yeni hatların yıl sonundan önce açılacağını ve bu konuda hiçbir gecikme olmayacağını belirtti." },
        { "ca", "L'ajuntament va votar dimarts a favor d'ampliar la xarxa d'autobusos, però diversos regidors van dir que el pla costarà més del previst. L'alcalde va explicar als periodistes que les primeres línies noves s'obriran abans que acabi l'any i que també hi haurà més freqüència." },
        { "cs", "Městské zastupitelstvo v úterý odhlasovalo rozšíření autobusové sítě, ale několik zastupitelů uvedlo, že plán bude stát více, než se čekalo. Starosta novinářům řekl, že první nové linky budou otevřeny ještě do konce roku a že jízdné se nezmění." },
        { "pl", "Rada miejska we wtorek zagłosowała za rozbudową sieci autobusowej, ale kilku radnych powiedziało, że plan będzie kosztował więcej, niż się spodziewano. Burmistrz powiedział dziennikarzom, że pierwsze nowe linie zostaną otwarte jeszcze przed końcem roku." },
        { "id", "Dewan kota pada hari Selasa memutuskan untuk memperluas jaringan bus, tetapi beberapa anggota mengatakan bahwa rencana itu akan lebih mahal dari yang diperkirakan. Wali kota mengatakan kepada wartawan bahwa jalur baru yang pertama akan dibuka sebelum akhir tahun ini." },
        { "eu", "Udalbatzak asteartean autobus sarea zabaltzearen alde bozkatu zuen, baina hainbat zinegotzik esan zuten plana espero baino garestiagoa izango dela. Alkateak kazetariei esan zien lehen linea berriak urtea amaitu baino lehen irekiko direla." },
        { "ga", "Vótáil an chomhairle cathrach Dé Máirt ar son an líonra bus a leathnú, ach dúirt roinnt ball go gcosnódh an plean níos mó ná mar a bhíothas ag súil leis. Dúirt an méara leis na hiriseoirí go n-osclófar na chéad bhealaí nua roimh dheireadh na bliana." },
        { "bg", "Общинският съвет гласува във вторник за разширяване на автобусната мрежа, но няколко съветници заявиха, че планът ще струва повече от очакваното. Кметът каза пред журналисти, че първите нови линии ще бъдат открити преди края на годината." },
        { "vi", "Hội đồng thành phố hôm thứ Ba đã bỏ phiếu mở rộng mạng lưới xe buýt, nhưng một số thành viên cho rằng kế hoạch sẽ tốn kém hơn dự kiến. Thị trưởng nói với các phóng viên rằng những tuyến mới đầu tiên sẽ được mở trước cuối năm." },
        { "el", "Το δημοτικό συμβούλιο ψήφισε την Τρίτη υπέρ της επέκτασης του δικτύου λεωφορείων, αλλά αρκετά μέλη είπαν ότι το σχέδιο θα κοστίσει περισσότερο από το αναμενόμενο." },
        { "ar", "صوت مجلس المدينة يوم الثلاثاء على توسيع شبكة الحافلات، لكن عددا من الأعضاء قالوا إن الخطة ستكلف أكثر من المتوقع. وقال رئيس البلدية للصحفيين إن الخطوط الجديدة الأولى ستفتتح قبل نهاية العام." },
        { "fa", "شورای شهر روز سه‌شنبه به گسترش شبکه اتوبوسرانی رأی داد، اما چند عضو گفتند که این طرح گران‌تر از پیش‌بینی تمام خواهد شد. شهردار به خبرنگاران گفت که نخستین خطوط جدید پیش از پایان سال راه‌اندازی می‌شوند." },
        { "ur", "شہر کی کونسل نے منگل کو بس نیٹ ورک کو وسعت دینے کے حق میں ووٹ دیا، لیکن کئی ارکان نے کہا کہ یہ منصوبہ توقع سے زیادہ مہنگا ہوگا۔ میئر نے صحافیوں کو بتایا کہ پہلے نئے روٹ سال کے آخر سے پہلے کھل جائیں گے۔" },
        { "he", "מועצת העיר הצביעה ביום שלישי בעד הרחבת רשת האוטובוסים, אך כמה מחברי המועצה אמרו שהתוכנית תעלה יותר מהצפוי." },
        { "hi", "नगर परिषद ने मंगलवार को बस नेटवर्क के विस्तार के पक्ष में मतदान किया, लेकिन कई सदस्यों ने कहा कि योजना की लागत अनुमान से अधिक होगी।" },
        { "zh", "市议会周二投票决定扩大公交网络，但几名议员表示，该计划的费用将高于预期。市长告诉记者，首批新线路将在年底前开通。" },
        { "ja", "市議会は火曜日、バス路線網の拡大を可決したが、複数の議員は計画の費用が予想を上回ると述べた。市長は記者団に対し、最初の新路線は年末までに開業すると語った。" },
        { "ko", "시의회는 화요일 버스 노선망 확대안을 가결했지만 일부 의원들은 계획의 비용이 예상보다 많이 들 것이라고 말했다. 시장은 첫 신규 노선이 연말 이전에 개통될 것이라고 기자들에게 밝혔다." },
        { "th", "สภาเมืองลงมติเมื่อวันอังคารให้ขยายเครือข่ายรถเมล์ แต่สมาชิกหลายคนกล่าวว่าแผนนี้จะมีค่าใช้จ่ายสูงกว่าที่คาดไว้" },
        { "hy", "Քաղաքային խորհուրդը երեքշաբթի օրը քվեարկեց ավտոբուսային ցանցի ընդլայնման օգտին, սակայն մի քանի անդամներ ասացին, որ ծրագիրը ավելի թանկ կարժենա։" },
        { "ka", "საქალაქო საბჭომ სამშაბათს ავტობუსების ქსელის გაფართოებას დაუჭირა მხარი, თუმცა რამდენიმე წევრმა თქვა, რომ გეგმა მოსალოდნელზე ძვირი დაჯდება." },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Detects_the_language_of_a_paragraph(string expected, string text)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text, fallback: "xx"));
        var guess = LanguageDetector.Guess(text);
        Assert.Equal(expected, guess.Language);
        Assert.InRange(guess.Confidence, 0.3, 1.0);
    }

    public static TheoryData<string, string> Sentences => new()
    {
        { "en", "The government said it would not change the law this year." },
        { "ru", "Правительство заявило, что не будет менять закон в этом году." },
        { "uk", "Уряд заявив, що не змінюватиме закон цього року." },
        { "de", "Die Regierung sagte, sie werde das Gesetz in diesem Jahr nicht ändern." },
        { "fr", "Le gouvernement a dit qu'il ne changerait pas la loi cette année." },
        { "es", "El gobierno dijo que no cambiará la ley este año." },
        { "it", "Il governo ha detto che non cambierà la legge quest'anno." },
        { "pt", "O governo disse que não vai mudar a lei este ano." },
        { "nl", "De regering zei dat zij de wet dit jaar niet zal veranderen." },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Detects_a_single_news_sentence(string expected, string text) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, fallback: "xx"));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("12:30 — 2024-05-01")]
    [InlineData("OK")]
    [InlineData("Berlin")]
    [InlineData("Die")]
    [InlineData("!!! ??? ...")]
    [InlineData("Lorem ipsum dolor")]
    public void Falls_back_when_the_text_gives_too_little_evidence(string text)
    {
        Assert.Equal("xx", LanguageDetector.Detect(text, fallback: "xx"));
        Assert.Equal("en", LanguageDetector.Detect(text));
    }

    [Fact]
    public void Empty_text_is_undetermined_with_zero_confidence()
    {
        var guess = LanguageDetector.Guess("");
        Assert.Equal(LanguageDetector.Undetermined, guess.Language);
        Assert.Equal(0, guess.Confidence);
    }

    [Theory]
    [InlineData("ru", "Компания Apple представила новый iPhone 15 Pro, а также обновлённые MacBook Air и Apple Watch. Продажи начнутся в пятницу, сообщили в компании.")]
    [InlineData("en", "The Kremlin spokesman, Dmitry Peskov, used the phrase «специальная военная операция» again on Monday, and said that the talks were over.")]
    [InlineData("ja", "アップルは新型iPhoneを発表した。価格は据え置きで、Proモデルにはカメラ機能が追加される。")]
    [InlineData("uk", "Президент заявив, що Україна отримає нові системи ППО, і подякував партнерам. Раніше у Кремлі назвали це «ескалацією», але в Києві з цим не погодилися.")]
    public void Mixed_script_text_goes_to_its_dominant_language(string expected, string text) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, fallback: "xx"));

    [Fact]
    public void Mixed_script_names_the_other_script_as_runner_up()
    {
        var guess = LanguageDetector.Guess("Срочные новости: Breaking news from the summit in Geneva today");
        Assert.Equal("en", guess.Language);
        Assert.Equal("ru", guess.RunnerUp);
    }

    [Fact]
    public void Ukrainian_letters_outweigh_shared_Cyrillic_stop_words()
    {
        Assert.Equal("uk", LanguageDetector.Detect("Це було дуже важливе рішення для всієї країни, і його підтримали всі."));
        Assert.Equal("ru", LanguageDetector.Detect("Это было очень важное решение для всей страны, и его поддержали все."));
    }

    [Theory]
    [InlineData("ur", "یہ خبر پاکستان کے بارے میں ہے اور حکومت نے کہا ہے کہ فیصلہ جلد ہوگا۔")]
    [InlineData("fa", "این خبر درباره ایران است و دولت گفت که تصمیم به زودی گرفته خواهد شد.")]
    [InlineData("ar", "هذا الخبر عن مصر وقالت الحكومة إن القرار سيتخذ قريبا في القاهرة.")]
    public void Tells_Arabic_script_languages_apart_by_letters(string expected, string text) =>
        Assert.Equal(expected, LanguageDetector.Detect(text, fallback: "xx"));

    [Fact]
    public void Close_languages_report_the_neighbour_as_runner_up()
    {
        var guess = LanguageDetector.Guess("El gobierno dijo que no cambiará la ley este año porque la situación es muy difícil para todos.");
        Assert.Equal("es", guess.Language);
        Assert.NotNull(guess.RunnerUp);
        Assert.NotEqual("es", guess.RunnerUp);
    }

    [Fact]
    public void Reads_only_the_beginning_of_a_long_text()
    {
        var english = string.Concat(Enumerable.Repeat("The minister said that the new rules would take effect in the spring. ", 40));
        var german = string.Concat(Enumerable.Repeat("Der Minister sagte, dass die neuen Regeln im Frühjahr gelten werden. ", 400));
        Assert.Equal("en", LanguageDetector.Detect(english + german));
    }

    [Fact]
    public void Supported_covers_the_first_class_languages()
    {
        foreach (var code in new[] { "en", "ru", "de", "fr", "es", "it", "pt", "nl", "uk", "sv", "da", "no", "fi", "hu", "ro", "tr", "ca" })
            Assert.Contains(code, LanguageDetector.Supported);
    }

    [Fact]
    public void Is_deterministic_and_thread_safe()
    {
        var texts = Paragraphs.Select(row => (string)row[1]).ToArray();
        var expected = texts.Select(t => LanguageDetector.Guess(t)).ToArray();
        Parallel.For(0, 200, i => Assert.Equal(expected[i % texts.Length], LanguageDetector.Guess(texts[i % texts.Length])));
    }
}
