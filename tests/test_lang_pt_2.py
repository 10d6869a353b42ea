"""Portuguese pages, a second probe: Brazilian portals and European Portuguese papers in genres
the first probe (``test_lang_pt.py``) was not written from.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Half of the pages are what a naive scraper keeps (all the visible text: a Brazilian news portal,
a Brazilian economy page with its market widget, a Portuguese sports paper's match report with the
league table, a Portuguese câmara municipal's notice), half what an extractor lets through (a
Brazilian recipe, a Brazilian blog with its comments, a Lisbon daily's long read with subheadings
and one-line quotes, a Brazilian prefeitura's notice on a news portal). The article lines resemble
residue on purpose: reported speech about comments, WhatsApp groups, newsletters and photos; a
recipe's imperatives; subheadings without punctuation; list items and number lines.

Measured when the probe was written, before any rule change (8 pages, 81 article and 171 residue
lines): article lines lost 1 (a long read's standfirst, cut off as a small block before the article
by the byline run under it, where the photographer's line "Fotografia de …" was kept as furniture),
residue lines left 25. After: article lines lost 0, residue lines left 11 (a league table, a
footer's contact rows, a recipe's time/servings labels).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    assert_gate_admits,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

CASES = {
    # NAIVE: a Brazilian national news portal: the menu, the section label, byline/date, share row,
    # "Leia também" box, WhatsApp channel prompt, most-read box, footer
    "naive_portal_br": """\
R Menu
R Brasil
R Política
R Economia
R Mundo
R Ciência e Saúde
R Pop & Arte
R Busca
R Entrar
R Brasil
T Chuva forte deixa 12 mil pessoas fora de casa no Rio Grande do Sul
A Defesa Civil estadual diz que 94 municípios foram afetados; nível do Guaíba deve voltar a subir na sexta-feira.
R Por Redação, Porto Alegre
R 14/05/2024 07h32 Atualizado há 2 horas
R Compartilhe:
R Facebook
R WhatsApp
R X
R Copiar link
A As chuvas que atingem o Rio Grande do Sul desde o fim de semana já deixaram cerca de 12 mil pessoas desalojadas, segundo o boletim mais recente da Defesa Civil, divulgado nesta terça-feira (14).
A Em Canoas, na Região Metropolitana, moradores relataram ter recebido o alerta pelo celular quando a água já entrava nas casas.
A "Ninguém avisou a tempo", disse a aposentada Maria Helena Souza, de 71 anos.
R Leia também:
R Governo anuncia R$ 1,2 bilhão para cidades atingidas pelas enchentes
R Veja como doar para as vítimas da chuva no RS
A A prefeitura de Porto Alegre pediu que os moradores das ilhas deixem suas casas e acompanhem os comunicados oficiais pelo grupo de WhatsApp da Defesa Civil.
A Abrigos
A A cidade abriu 46 abrigos em escolas e ginásios. Quem precisa de ajuda pode ligar para o número 199 a qualquer hora.
R Receba as notícias do g1 RS no WhatsApp
R Siga o canal do g1 RS no WhatsApp
R Veja mais notícias da região no g1 RS
R Publicidade
R Mais lidas
R 1
R Mega-Sena acumula e prêmio vai a R$ 72 milhões
R 2
R Frente fria derruba temperaturas em SP no fim de semana
R Sobre o portal
R Termos de uso
R Política de privacidade
R Trabalhe conosco
R © Copyright 2000-2024 Globo Comunicação e Participações S.A.
""",
    # NAIVE: a Brazilian economy page: the market widget above the article, the "Assine" paywall
    # prompt, ads, the newsletter box, footer
    "naive_economia_br": """\
R Assine
R Entrar
R Economia
R Mercados
R Investimentos
R Minhas Finanças
R Ibovespa
R 128.341 pts
R +0,84%
R Dólar
R R$ 5,12
R -0,35%
R Euro
R R$ 5,53
R Bitcoin
R US$ 61.204
R +2,10%
R Mercados
T Ibovespa sobe pelo terceiro dia e volta aos 128 mil pontos com alta de Petrobras
A Bolsa brasileira fechou em alta de 0,84% nesta quarta-feira (15), puxada pelas ações da Petrobras e dos grandes bancos.
R Por Ana Paula Ribeiro, São Paulo
R 15/05/2024 18h05
A O principal índice da B3 terminou o pregão aos 128.341 pontos, o maior nível desde o início de abril. O dólar à vista caiu 0,35%, cotado a R$ 5,12.
A As ações preferenciais da Petrobras subiram 3,1% depois que a empresa confirmou o pagamento de dividendos extraordinários.
R Publicidade
A Segundo analistas ouvidos pela reportagem, o mercado também reagiu bem aos números da inflação nos Estados Unidos.
A "O investidor estrangeiro voltou a olhar para o Brasil", afirmou o economista-chefe de uma corretora paulista.
A Veja os destaques do dia
A Petrobras PN: +3,1%
A Itaú Unibanco PN: +1,8%
A Vale ON: -0,6%
A Azul PN: -4,2%
R Continua após a publicidade
A A Azul recuou depois de divulgar prejuízo de R$ 324 milhões no primeiro trimestre, acima do esperado pelos analistas.
R Assine a newsletter de Economia
R Receba no seu e-mail as principais notícias do mercado
R Seu e-mail
R Cadastrar
R Ao se cadastrar, você concorda com nossa Política de Privacidade.
R Assine por R$ 1,90 no primeiro mês
R Já é assinante? Faça login
R Quem somos
R Anuncie
R Fale conosco
R Copyright © 2024 Editora Abril. Todos os direitos reservados.
""",
    # NAIVE: a Portuguese sports paper's match report: cookie banner, menu, share row, the league
    # table, "Leia também" box, comments count, footer
    "naive_futebol_pt": """\
R Utilizamos cookies para melhorar a sua experiência de navegação. Ao continuar a navegar, está a consentir a sua utilização.
R Aceitar
R Saber mais
R Futebol Nacional
R Internacional
R Modalidades
R Vídeos
R Liga Portugal Betclic
T Benfica vence em Braga e adia a festa do Sporting
R Por Ricardo Matos
R 27 abr 2024, 21:47
R Partilhar
R Facebook
R Twitter
R E-mail
A O Benfica venceu este sábado o Sp. Braga por 3-1, na Pedreira, e adiou por pelo menos uma jornada a conquista do título por parte do Sporting.
A Di María abriu o marcador aos 12 minutos, na conversão de um penálti. Ricardo Horta empatou pouco antes do intervalo, com um remate cruzado.
A Na segunda parte, Rafa Silva e Arthur Cabral garantiram os três pontos aos encarnados.
A "Fizemos o nosso trabalho, agora é esperar", disse Roger Schmidt na flash interview.
A Ficha de jogo
A Sp. Braga: Matheus; Víctor Gómez, Niakaté, Serdar e Borja; Zalazar, Al Musrati e Pizzi; Horta, Banza e Bruma.
A Benfica: Trubin; Bah, António Silva, Otamendi e Aursnes; João Neves, Kokçu e Rafa; Di María, Neres e Arthur Cabral.
A Árbitro: Artur Soares Dias (Porto)
R Classificação
R 1 Sporting 80
R 2 Benfica 74
R 3 FC Porto 63
R 4 Sp. Braga 63
R Ver classificação completa
R Leia também
R Sporting pode ser campeão no domingo sem jogar
R Sérgio Conceição: "Ainda acreditamos no segundo lugar"
R Comentários (48)
R Ver comentários
R Ficha técnica
R Estatuto editorial
R Publicidade
R Contactos
R © 2024 Cofina Media. Todos os direitos reservados.
""",
    # NAIVE: a Portuguese câmara municipal's notice: the site's menu, breadcrumb, the notice with
    # its list of streets and dates, "Partilhar", "Esta informação foi útil?", footer
    "naive_camara": """\
R Ir para o conteúdo principal
R Município
R Viver
R Investir
R Visitar
R Serviços Online
R Pesquisar
R Início > Notícias > Avisos
T Interrupção do abastecimento de água na freguesia de Santo António
R Publicado em 08/03/2024
A Por motivo de obras de substituição da conduta principal, o abastecimento de água será interrompido na próxima terça-feira, dia 12 de março, entre as 9h00 e as 17h00.
A Serão afetados os seguintes arruamentos:
A Rua Dr. Manuel de Arriaga
A Travessa do Carmo
A Largo da Feira, números 1 a 24
A Avenida 25 de Abril, entre a rotunda e a escola básica
A A Câmara Municipal recomenda que os munícipes façam uma reserva de água para as necessidades essenciais e que mantenham as torneiras fechadas durante o período da interrupção.
A Após a reposição, a água poderá apresentar alguma turvação. Deixe correr a água durante alguns minutos antes de a consumir.
A Para mais esclarecimentos, contacte os Serviços Municipalizados através do número 253 800 100.
A Pedimos desculpa pelo incómodo.
R Partilhar
R Imprimir
R Esta informação foi útil?
R Sim
R Não
R Câmara Municipal de Vila Nova
R Praça do Município, 4750-001 Vila Nova
R Horário de atendimento: 9h00 às 16h00
R Política de privacidade
R Acessibilidade
R Mapa do site
R © 2024 Município de Vila Nova
""",
    # EXTRACTOR: a Brazilian recipe: the time/serving labels, the list of ingredients, the steps
    # as imperatives, then "Salvar receita", rating, "Veja também" and the comments
    "receita_br": """\
T Bolo de fubá cremoso
A Um bolo de fubá com uma camada de creme no meio, daqueles que a avó fazia para o café da tarde.
R Tempo de preparo: 50 min
R Rendimento: 12 porções
R Dificuldade: fácil
R Salvar receita
A Ingredientes
A 4 ovos
A 1 xícara (chá) de fubá
A 3 xícaras (chá) de leite
A 2 xícaras (chá) de açúcar
A 2 colheres (sopa) de manteiga
A 1 colher (sopa) de fermento em pó
A Modo de preparo
A Preaqueça o forno a 180 °C e unte uma forma retangular com manteiga e farinha.
A Bata no liquidificador os ovos, o leite, o açúcar, o fubá e a manteiga por cerca de três minutos.
A Junte o fermento e misture com uma colher, sem bater.
A Despeje na forma e leve ao forno por 40 minutos, até dourar. Não abra o forno antes de 30 minutos.
A Dica: se quiser, compartilhe a receita com a família e troque o leite por leite de coco.
R Avalie esta receita
R 4,8 (1.203 avaliações)
R Compartilhe
R Veja também
R Bolo de cenoura com cobertura de chocolate
R Pão de queijo mineiro
R Comentários
R Cláudia R.
R 12 de junho de 2023 às 16:20
R Fiz hoje e ficou perfeito! Coloquei um pouco de erva-doce.
R Responder
R Marcos
R 3 de julho de 2023 às 09:02
R Posso usar fubá mimoso?
R Responder
""",
    # EXTRACTOR: a Brazilian travel blog post and its comment thread: the author box, the tags,
    # "Deixe um comentário" form text, the comments with names, dates and "Responder"
    "blog_br": """\
T Roteiro de 5 dias em Salvador: o que fazer, onde comer e onde ficar
R Publicado por Juliana Lima em 22 de janeiro de 2024
R 17 comentários
A Salvador foi a primeira cidade que visitei sozinha, e voltei lá no mês passado com um roteiro mais calmo. Conto aqui o que deu certo e o que eu mudaria.
A Dia 1: Pelourinho
A Comece cedo, antes do calor. O Pelourinho fica lotado depois das 11h, e as igrejas fecham para almoço.
A Dia 2: Barra e Rio Vermelho
A No fim da tarde, vá ao Farol da Barra para ver o pôr do sol. Leve água e chegue pelo menos meia hora antes.
A Onde comer
A O acarajé da Dinha, no Rio Vermelho, continua valendo a fila. Peça sem camarão seco se não gostar de pimenta.
A Vários leitores perguntaram nos comentários do post anterior se é seguro andar à noite. Minha resposta: nas áreas movimentadas, sim, mas evite ruas vazias.
A Este post não é patrocinado. Paguei todas as despesas da viagem.
R Tags: Bahia, Nordeste, roteiros, Salvador
R Sobre a autora
R Juliana Lima é jornalista e viaja pelo Brasil desde 2015. Siga no Instagram: @jujuviaja
R 17 comentários
R Renata Alves
R 23 de janeiro de 2024 às 10:14
R Amei o roteiro! Vou em março e já salvei tudo.
R Responder
R Juliana Lima
R 23 de janeiro de 2024 às 12:40
R Obrigada, Renata! Boa viagem!
R Responder
R Deixe um comentário
R O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *
R Publicar comentário
""",
    # EXTRACTOR: a Lisbon daily's long read: lead, byline with the reading time, subheadings, one-line
    # quotes, photo credits, the "Leia também" line, the subscription appeal and the comments box
    "longread_pt": """\
T Os últimos pescadores da Caparica
A Na Costa da Caparica ainda há quem puxe as redes à mão. São cada vez menos, e quase todos têm mais de sessenta anos.
R Texto de Sofia Branco
R Fotografia de Rui Gaudêncio
R 10 de março de 2024, 7:00
R 12 min de leitura
A Às seis da manhã, a praia ainda está escura quando o trator desce a rampa com o barco. Joaquim Faria, 67 anos, conta os homens que chegaram: são nove.
A "Antigamente éramos trinta", diz.
A A arte xávega, como se chama esta pesca de arrasto feita a partir da praia, foi durante séculos o sustento de toda a vila.
R Joaquim Faria na praia da Costa da Caparica. Foto: Rui Gaudêncio
A Uma arte em vias de extinção
A Em 1990 havia catorze companhas a trabalhar entre a Trafaria e a Fonte da Telha. Hoje restam duas, segundo a associação de pescadores local.
A A maioria dos filhos dos pescadores foi trabalhar para Lisboa. Os que ficaram preferem os restaurantes e o surf, que dão mais dinheiro e menos dores nas costas.
R Leia também: A sardinha está de volta, mas os pescadores não
A "Não é vida para novos."
A O preço do peixe
A Um cabaz de carapau vendido na praia rende, em média, 15 euros. Divididos por nove homens, explica Joaquim, "não chega para o gasóleo".
A A câmara municipal prometeu apoiar a candidatura da arte xávega a património imaterial. Os pescadores dizem que já ouviram essa promessa antes.
A Comentários não faltam na vila: há quem ache que a xávega devia ser proibida, por causa dos peixes pequenos que vêm nas redes.
R Partilhar artigo
R Assine o PÚBLICO e apoie o jornalismo independente.
R Subscrever
R Comentários
R Os comentários deste artigo estão fechados.
""",
    # EXTRACTOR: a Brazilian news portal's story on a prefeitura's vaccination campaign: the WhatsApp
    # channel line, the "Veja mais" line, the photo credit, a syndication tail
    "prefeitura_br": """\
T Prefeitura de Campinas amplia vacinação contra a gripe para toda a população a partir de segunda
R Por g1 Campinas e Região
R 19/04/2024 13h48 Atualizado há 4 horas
A A Prefeitura de Campinas (SP) anunciou nesta sexta-feira (19) que a vacina contra a gripe estará disponível para todas as pessoas acima de seis meses de idade a partir de segunda-feira (22).
A Até agora, a campanha era restrita a grupos prioritários, como idosos, crianças, gestantes e profissionais de saúde.
R Centro de saúde em Campinas — Foto: Carlos Bassan/Prefeitura de Campinas
A Onde se vacinar
A A vacina é aplicada nos 68 centros de saúde da cidade, de segunda a sexta-feira, das 8h às 16h30.
A Aos sábados, quatro unidades funcionam em horário estendido.
A Quem deve levar
A Documento com foto
A Cartão do SUS
A Caderneta de vacinação, se tiver
A Segundo a secretaria, a cobertura entre idosos está em 41%, abaixo da meta de 90%. A pasta pede que os moradores compartilhem a informação com parentes mais velhos.
R 📲 Participe do canal do g1 Campinas no WhatsApp
R Veja mais notícias da região no g1 Campinas
R VÍDEOS: tudo sobre Campinas e região
""",
}

#: The residue lines each page may still keep (what is left today; lower it when a rule improves).
RESIDUE_LEFT: dict[str, int] = {
    "naive_camara": 3,  # the footer's town hall name, address and opening hours: a notice's own contact rows look the same
    "naive_futebol_pt": 5,  # the league table's heading and rows: a match report's own table of figures looks the same
    "receita_br": 3,  # the recipe's time, servings and difficulty labels: the recipe's data to a reader who cooks it
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="pt", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_portuguese, test_probe_pages_are_told_portuguese = language_probe_tests(
    CASES, "pt", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("Por Redação, Porto Alegre", "byline"),
    ("Por g1 Campinas e Região", "byline"),
    ("Fotografia de Rui Gaudêncio", "byline"),
    ("Centro de saúde em Campinas — Foto: Carlos Bassan/Prefeitura de Campinas", "image-credit"),
    ("Joaquim Faria na praia da Costa da Caparica. Foto: Rui Gaudêncio", "image-credit"),
    ("O ministro chegou ao Porto de manhã. (Foto: Reuters)", "image-credit"),
    ("Os comentários deste artigo estão fechados.", "comment-ui"),
    ("Partilhar artigo", "social-buttons"),
    ("📲 Participe do canal do g1 Campinas no WhatsApp", "call-to-action"),
    ("Veja mais notícias da região no g1 RS", "call-to-action"),
    ("Receba no seu e-mail as principais notícias do mercado", "newsletter-prompt"),
    ("Assine o PÚBLICO e apoie o jornalismo independente.", "newsletter-prompt"),
    ("4,8 (1.203 avaliações)", "site-chrome"),
    ("Ver classificação completa", "site-chrome"),
]


test_residue_goes = residue_goes_tests(ARTICLES["pt"], RESIDUE_GOES)


def test_the_gate_admits_the_residue() -> None:
    assert_gate_admits("pt", [line for line, _pass in RESIDUE_GOES])


SHORT_LINES = [
    "Ficha de jogo",
    "Modo de preparo",
    "Onde se vacinar",
    "Fotos de Nova Iorque",
    "Fotografia de família",
    "Partilhar é cuidar.",
    "Receba no seu e-mail um código de confirmação.",
    "Classificação final",
    "Comentários do treinador",
    "Redação, revisão e edição",
    "Veja a classificação:",
]


test_short_line_survives = short_line_tests(ARTICLES["pt"], SHORT_LINES)


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_pt_2.py
    report(CASES)
    print("as Portuguese:")
    report(CASES, lambda case: judge(case, language="pt"))
