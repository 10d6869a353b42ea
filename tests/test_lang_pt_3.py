"""Portuguese pages, a third probe: the NON-NEWS pages people scrape (the first two probes,
``test_lang_pt.py`` and ``test_lang_pt_2.py``, are news-heavy).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Three pages are what a NAIVE scraper keeps (all the visible text: a Brazilian federal service page in
the gov.br style with its "Esta página foi útil?" and share row, a Brazilian shop's product page with
its price in instalments, "Adicionar ao carrinho" and reviews, a Lisbon museum's event page with its
ticket box), four what an EXTRACTOR lets through (a help centre's how-to, a Brazilian NGO appeal
that asks for money in its own prose, a job posting, a wiki-style article with "[editar | editar
código-fonte]" headings and its references). The article lines resemble residue on purpose: how-to
imperatives ("Clique em Salvar e depois entre novamente"), numbered steps and a command line, a
shop's own spec list, an appeal's own "Doe agora o que puder" and its Pix key, a job's list of duties,
a programme's timed rows, a service's list of documents.

Measured when the probe was written, before any rule change (7 pages, 76 article and 126 residue lines):
article lines lost 4 (the event's "Acessibilidade" subheading, taken by site-chrome as a footer link; the
service page's "Documentação" and its two documents after the last long paragraph, taken by
edge-furniture: the last item is a long name with few function words), residue lines left 29 (the help
centre's counter and pitch, the shop's sale price, tabs, rating, review byline and sign-up pitch, the
event's ticket button and "Também lhe pode interessar" box, the share row's copy button, the encyclopedia's
tagline, "↑" references and footer). After: article lines lost 0, residue lines left 10 (see ``RESIDUE_LEFT``).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import (
    contents_tests,
    judge,
    language_probe_tests,
    report,
    residue_goes_tests,
    section_name_tests,
    short_line_tests,
    tagged_probe_tests,
)
from strategies import ARTICLES

import cleaner

CASES = {
    # NAIVE: a federal service page in the gov.br style
    "govbr": """\
R Pular para o conteúdo principal
R Pular para o rodapé
R gov.br
R Órgãos do Governo
R Acesso à Informação
R Legislação
R Acessibilidade
R Entrar com o gov.br
R O que você procura?
R Início
R Serviços
R Trabalho e Emprego
T Solicitar o seguro-desemprego
R Última Modificação: 14/03/2025
A O seguro-desemprego é um benefício pago ao trabalhador dispensado sem justa causa, por um período de três a cinco meses.
A Quem pode utilizar este serviço?
A Trabalhador dispensado sem justa causa que tenha recebido salários por pelo menos 12 meses nos últimos 18 meses, na primeira solicitação.
A Etapas para a realização deste serviço
A 1. Acesse a Carteira de Trabalho Digital com sua conta gov.br.
A 2. Toque em Benefícios e depois em Seguro-Desemprego.
A 3. Informe o número do requerimento entregue pelo empregador.
A Clique em Salvar e depois entre novamente no aplicativo para acompanhar o pedido.
A Documentação
A Documento de identificação com foto
A Requerimento do Seguro-Desemprego entregue pelo empregador
A Quanto tempo leva?
A Até 30 dias corridos.
A Quanto custa?
A Este serviço é gratuito para o cidadão.
T Iniciar
R Esta página foi útil?
R Sim
R Não
R Compartilhe por Facebook
R Compartilhe por Twitter
R Compartilhe por WhatsApp
R link para Copiar para área de transferência
R Serviços relacionados
R Consultar pagamento do seguro-desemprego
R Sobre o gov.br
R Termos de Uso
R Política de Privacidade
R Redes sociais
R Todo o conteúdo deste site está publicado sob a licença Creative Commons Atribuição-SemDerivações 3.0 Não Adaptada.
""",
    # NAIVE: a Brazilian shop's product page
    "produto": """\
R Frete grátis para compras acima de R$ 199
R Loja
R Cozinha
R Café
R Ofertas
R Minha conta
R Carrinho (0)
R Início
R Cozinha
R Cafeteiras
T Cafeteira italiana Aurora inox 6 xícaras
R De R$ 189,90 por R$ 149,90
R ou 5x de R$ 29,98 sem juros
R ★★★★☆ 4,5 (87 avaliações)
R Em estoque
R Quantidade
R Calcular frete
R Adicionar ao carrinho
R Comprar agora
A A cafeteira Aurora é de aço inox 18/10 e funciona em todos os tipos de fogão, inclusive de indução.
A Prepara seis xícaras de café em cerca de cinco minutos.
A Especificações técnicas
A Capacidade: 6 xícaras (300 ml)
A Material: aço inox 18/10
A Cabo de baquelite que não esquenta
A Garantia: 12 meses
A Como usar
A Encha a base com água até a válvula, coloque o café no filtro sem apertar e leve ao fogo médio.
A Lave apenas com água quente, sem detergente.
R Entrega e devolução
R Devolução grátis em até 7 dias.
R Avaliações dos clientes
R 4,5 de 5
R Escrever uma avaliação
R Faz um café encorpado
R Compra verificada
R Juliana, 3 de março de 2025
R Uso todos os dias há três meses e continua como nova.
R Esta avaliação foi útil? Sim (9) Não (0)
R Quem viu este produto também comprou
R Moedor de café manual
R R$ 99,90
R Cadastre-se e ganhe 10% de desconto na primeira compra
R © 2025 Casa Aurora Comércio Ltda. CNPJ 12.345.678/0001-90
""",
    # NAIVE: a Lisbon museum's event page
    "evento": """\
R Programação
R Exposições
R Visitar
R Bilhetes
R Sobre nós
R Comprar bilhetes
T Noite no Museu: dinossauros depois do pôr do sol
R Sexta-feira, 7 de novembro de 2025
R 18h30 – 22h00
R Sala principal
R M/18
R A partir de 18 €
R Comprar bilhete
R Adicionar ao calendário
A Depois do fecho, a Sala principal volta a abrir para uma noite de conversas, música e bebidas debaixo do esqueleto da nossa baleia-azul.
A A paleontóloga Leonor Faria dá uma palestra de meia hora às 19h00 sobre a vida dos últimos dinossauros.
A Programa
A 18h30 Abertura de portas
A 19h00 Palestra: os últimos dias dos dinossauros
A 20h00 Silent disco na Galeria dos Fósseis
A 21h45 Últimos pedidos no bar
A O bilhete inclui uma bebida. Pode mostrá-lo no telemóvel ou imprimi-lo em casa.
A Acessibilidade
A A Sala principal tem acesso sem degraus. Diga-nos as suas necessidades de acessibilidade quando comprar o bilhete.
R Partilhar evento
R Facebook
R X
R E-mail
R Também lhe pode interessar
R Noite de sócios: aves do mundo
R Subscreva a nossa newsletter
R Seja o primeiro a saber das novas exposições e eventos.
R © 2025 Museu de História Natural de Vale Verde
R Política de privacidade
R Livro de reclamações
""",
    # EXTRACTOR: a help centre's how-to
    "ajuda": """\
T Ativar a verificação em duas etapas
R Atualizado há 2 meses
R Tempo de leitura: 3 min
A A verificação em duas etapas adiciona um segundo passo ao login: além da senha, você precisa de um código gerado no celular.
A Antes de começar
A Você precisa da função de Proprietário ou Administrador para exigir a verificação em todo o espaço de trabalho.
A Configurar o aplicativo autenticador
A 1. Acesse Configurações > Segurança.
A 2. Clique em Ativar verificação em duas etapas.
A 3. Escaneie o código QR com o aplicativo autenticador.
A 4. Digite o código de seis dígitos.
A Clique em Salvar e depois entre novamente com sua senha.
A Códigos de recuperação
A Baixe seus códigos de recuperação e guarde-os em um lugar seguro. Cada código só pode ser usado uma vez.
A Também é possível ativar pela linha de comando:
A $ nubeo auth mfa enable --method totp
A Observação: se você perder o celular e os códigos, peça ao proprietário do espaço de trabalho para redefinir a verificação.
A Para ser avisado quando este guia mudar, assine o feed RSS no seu leitor.
R Este artigo foi útil?
R Sim
R Não
R 12 de 15 pessoas acharam isso útil
R Ainda precisa de ajuda? Fale com o suporte
R Artigos relacionados
R Gerenciar chaves de API
R Login único (SSO)
""",
    # EXTRACTOR: a Brazilian NGO appeal (the appeal itself asks for money)
    "ong": """\
T Água limpa para o sertão: campanha de fim de ano
R Doe agora
A Neste fim de ano, 12 mil famílias do sertão da Paraíba vão depender de carros-pipa para ter água em casa.
A Dona Graça, mãe de quatro filhos, caminha 40 minutos até a cisterna mais próxima. A caçula ficou doente três vezes no ano passado.
A "Quando o carro-pipa atrasa, a gente bebe água do açude. Eu sei que não presta, mas não tem outra."
A Uma cisterna de placas custa R$ 4.500 e abastece uma família de cinco pessoas durante toda a estiagem.
A Doe agora o que puder: R$ 30 pagam um filtro de barro para uma família e R$ 100 ajudam a formar um pedreiro cisterneiro na comunidade.
A Todas as doações feitas até 31 de dezembro serão dobradas pelo Instituto Hollins, até R$ 250 mil.
A Você também pode doar pelo Pix usando a chave doe@aguaviva.org.br; o recibo chega no seu e-mail.
R Doe agora
R R$ 30
R R$ 50
R R$ 100
R Outro valor
R Quero doar todo mês
R Doação 100% segura. Somos uma organização da sociedade civil, CNPJ 12.345.678/0001-90.
R Compartilhe esta campanha
R Receba nossas novidades
R Foto: Água Viva/João Oliveira
""",
    # EXTRACTOR: a job posting
    "vaga": """\
T Analista de Dados Sênior
R Saúde Norte
R São Paulo, SP (Híbrido)
R CLT - Tempo integral
R R$ 9.000 a R$ 12.000 por mês
R Publicada há 5 dias
R Candidatar-se
R Salvar vaga
A A Saúde Norte administra 40 clínicas na Grande São Paulo. Procuramos uma pessoa Analista de Dados Sênior para ajudar nossas clínicas a reduzir o tempo de espera.
A Responsabilidades
A Criar e manter painéis para os gestores das clínicas
A Trabalhar com a equipe médica para transformar perguntas em análises
A Compartilhar os resultados com o time e com a diretoria a cada trimestre
A Requisitos
A Pelo menos 3 anos de experiência com SQL e Python
A Experiência em apresentar dados para públicos não técnicos
A Benefícios
A Vale-refeição e vale-transporte
A Plano de saúde e odontológico
A Para se candidatar, envie seu currículo e uma breve carta de apresentação até 30 de abril. Respondemos a todas as candidaturas.
A A Saúde Norte valoriza a diversidade e incentiva candidaturas de pessoas negras, mulheres e pessoas com deficiência.
R Candidatar-se
R Denunciar vaga
R Vagas semelhantes
R Analista de Dados - Hospital Santa Clara - Campinas
R Receba alertas de vagas como esta por e-mail
""",
    # EXTRACTOR: a wiki-style article with [editar | editar código-fonte] headings and its references
    "wiki": """\
T Pastel de nata
R Origem: Wikipédia, a enciclopédia livre.
A O pastel de nata é um doce português de massa folhada recheada com creme de ovos, servido morno e polvilhado com canela.[1]
A História[editar | editar código-fonte]
A A receita terá sido criada pelos monges de um mosteiro de Lisboa, que começaram a vender os pastéis depois da revolução liberal de 1820.[2]
A No século XX o doce espalhou-se por todo o país e chegou às comunidades portuguesas do Brasil, de Macau e do Canadá.[3]
A Características[editar | editar código-fonte]
A Tem cerca de 7 centímetros de diâmetro e a superfície do creme fica caramelizada no forno a mais de 300 graus.
T Ver também[editar | editar código-fonte]
T Queijada de Sintra
T Referências
R ↑ «A história do pastel de nata». Confraria da Doçaria. Consultado em 4 de maio de 2021
R ↑ Silva, Maria (1998). Doçaria conventual de Lisboa. Lisboa: Editorial do Tejo. p. 79. ISBN 978-972-23-0000-0
R ↑ «O doce que correu mundo». Arquivado do original em 2 de março de 2016
R Ligações externas
R O Wikimedia Commons tem uma categoria com imagens e outros ficheiros sobre Pastel de nata
R Categorias: Doces de Portugal | Culinária de Lisboa
R Esta página foi editada pela última vez às 10h14min de 9 de janeiro de 2025.
R Este texto é disponibilizado nos termos da licença Atribuição-CompartilhaIgual 4.0 Internacional (CC BY-SA 4.0) da Creative Commons; pode estar sujeito a condições adicionais.
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {
    # the event's fact box under its date (time, room, age rating, price: the rows a story's fact box holds)
    "evento": 4,
    # the donate form's security note with the NGO's registry number ("Doação 100% segura. Somos …": sentences)
    "ong": 1,
    # the delivery promise ("Devolução grátis em até 7 dias.": a sentence) and a review's text (a reader's sentence)
    "produto": 2,
    # the external links' heading ("Ligações externas": a blog's own subheading too), the sister project's box (one
    # platform's sentence) and the licence line ("Este texto é disponibilizado nos termos da licença …": the
    # rights table takes the licence only where no article sentence could say it)
    "wiki": 3,
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
    ("Entrega e devolução", "site-chrome"),
    ("Avaliações dos clientes", "site-chrome"),
    ("Escrever uma avaliação", "site-chrome"),
    ("Compra verificada", "site-chrome"),
    ("4,5 de 5", "site-chrome"),
    ("De R$ 189,90 por R$ 149,90", "site-chrome"),
    ("Comprar bilhete", "site-chrome"),
    ("Doe agora", "site-chrome"),
    ("Outro valor", "site-chrome"),
    ("Quero doar todo mês", "site-chrome"),
    ("link para Copiar para área de transferência", "site-chrome"),
    ("12 de 15 pessoas acharam isso útil", "site-chrome"),
    ("Ainda precisa de ajuda? Fale com o suporte", "site-chrome"),
    ("Origem: Wikipédia, a enciclopédia livre.", "site-chrome"),
    ("↑ Silva, Maria (1998). Doçaria conventual de Lisboa. Lisboa: Editorial do Tejo. p. 79.", "site-chrome"),
    ("Esta página foi editada pela última vez às 10h14min de 9 de janeiro de 2025.", "site-chrome"),
    ("Cadastre-se e ganhe 10% de desconto na primeira compra", "newsletter-prompt"),
    ("Juliana, 3 de março de 2025", "dateline"),
    ("Lisboa, 3 de março de 2025", "dateline"),
]

test_residue_goes = residue_goes_tests(ARTICLES["pt"], RESIDUE_GOES)


#: Article lines that resemble the residue above: they stay in the middle and at the end of an article.
SHORT_LINES = [
    "Clique em Salvar e depois entre novamente com sua senha.",
    "2. Toque em Benefícios e depois em Seguro-Desemprego.",
    "Capacidade: 6 xícaras (300 ml)",
    "Entrega e devolução gratuitas em todo o país, anunciou a empresa.",
    "Avaliações dos clientes falsas inundam as lojas virtuais, diz o órgão de defesa do consumidor.",
    "Compra verificada ou não, toda avaliação conta igual, segundo a loja.",
    "4,5 de 5 foi a nota média dada pelos clientes, segundo a empresa.",
    "Comprar bilhete com antecedência evita filas, recomenda o museu.",
    "Doe agora o que puder: R$ 30 pagam um filtro de barro para uma família.",
    "Doe agora e sua doação será dobrada, pediu a ONG.",
    "Outro valor foi repassado à prefeitura no mês seguinte.",
    "Copiar para a área de transferência é o primeiro passo do tutorial.",
    "12 de 15 pessoas acharam isso útil, mas a empresa não mudou o texto.",
    "Ainda precisa de ajuda? Fale com o suporte da sua operadora antes de cancelar, recomenda o órgão.",
    "Esta página foi editada pela última vez há um ano, reclamam os usuários.",
    "Cadastre-se e ganhe 10% de desconto, dizia a mensagem falsa.",
    "Lisboa, 3 de março de 2025: o governo aprovou o plano de habitação.",
    "Também lhe pode interessar saber que o museu abre aos domingos.",
]

test_short_line_survives = short_line_tests(ARTICLES["pt"], SHORT_LINES)


test_a_section_name_between_two_paragraphs_is_their_subheading = section_name_tests(
    ARTICLES["pt"], ("Acessibilidade", "Contato", "Perguntas frequentes"), ["Termos de uso", "Privacidade", "Acessibilidade", "Contato"]
)


_SECTIONS = ["Custos", "Calendário"]


(
    test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay,
    test_a_list_under_a_contents_heading_whose_items_head_nothing_stays,
) = contents_tests(
    ARTICLES["pt"], ("Índice", "Nesta página", "Sumário"), (_SECTIONS[0], _SECTIONS[1]), "Calendário: dois anos de obras",
    [["Uma barraca para duas pessoas", "Quatro varetas"], ["Custos", "O que dizem os moradores"]], "Índice",
)


def test_a_subheading_over_a_short_list_of_long_names_stays_after_the_last_paragraph() -> None:
    # a service page's papers to bring after its last long paragraph, the page going on with a question and its
    # answer over the page's feedback box and share row: the list's last item, a long name with few function
    # words, is no menu's link
    a1, a2, a3 = ARTICLES["pt"]
    items = ["Documento de identificação com foto", "Requerimento do Seguro-Desemprego entregue pelo empregador"]
    residue = ["Esta página foi útil?", "Sim", "Não", "Compartilhe por Facebook", "Compartilhe por WhatsApp"]
    article = [a1, a2, a3, "Documentação", *items, "Quanto tempo leva?", "Até 30 dias corridos."]
    assert cleaner.clean_text("\n".join([*article, *residue])).split("\n") == article
    # a footer's links under a heading, with nothing of the article after them, still go
    footer = ["Institucional", "Política de Privacidade do Portal", "Carta de Serviços ao Cidadão", "Mapa do site"]
    assert cleaner.clean_text("\n".join([a1, a2, a3, *footer, *residue])).split("\n") == [a1, a2, a3]


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_pt_3.py
    report(CASES)
    print("as Portuguese:")
    report(CASES, lambda case: judge(case, language="pt"))
