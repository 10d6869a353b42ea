"""Portuguese pages: a probe of scraped texts in the genres and outlet styles Brazilian and European
Portuguese sites print.

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (the headline:
either). Half of the pages are what a naive scraper keeps (all the visible text: menus, cookie
banner, share row, related headlines, footer), half what an extractor lets through (comments,
photo credits, bylines, "leia também" lines, sign-up prompts). Article lines must survive (a hard
assertion); the residue left on each page is recorded in ``RESIDUE_LEFT`` and may only shrink.
The pages were written before looking at ``rules/lang/pt.toml``: the probe measures, it does not
confirm (see the commit adding this file for the numbers before any rule change).
"""

# ruff: noqa: E501
from __future__ import annotations

from probes import language_probe_tests, short_line_tests, tagged_probe_tests, tail_residue_tests
from strategies import ARTICLES

CASES = {
    # a Brazilian national portal as a naive scraper keeps it
    "br_naive_news": """\
R Pular para o conteúdo
R Menu
R Buscar
R Entrar
R Assine
R Política
R Economia
R Mundo
R Esportes
R Cultura
R Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
R Aceitar
R Política
T Câmara aprova reforma tributária em segundo turno; texto vai ao Senado
R Por Ana Souza, de Brasília
R 21/03/2024 14h05 Atualizado há 2 horas
A A Câmara dos Deputados aprovou nesta quinta-feira, em segundo turno, o texto-base da reforma tributária por 375 votos a favor e 113 contra.
A A proposta unifica cinco tributos em um imposto sobre valor agregado dividido entre União, estados e municípios.
A "É um dia histórico para o país", disse o presidente da Câmara após a votação.
A O que muda para o consumidor
A Segundo o relator, a cesta básica terá alíquota zero e os comentários de que a carga vai subir para todos "não se sustentam".
R Leia também
R Dólar fecha em queda após votação na Câmara
R Entenda a reforma em 10 pontos
R Compartilhe
R WhatsApp
R Facebook
R Twitter
R Copiar link
R Receba as principais notícias do dia no seu e-mail. Cadastre-se na nossa newsletter.
R Siga o Portal no Instagram
R Baixe o app
R Quem somos
R Fale conosco
R Anuncie
R Termos de uso
R Política de privacidade
R © Copyright 2024 Grupo Nacional de Comunicação. Todos os direitos reservados.
""",
    # a Portuguese national paper as a naive scraper keeps it: cookie consent, paywall, share row, footer
    "pt_naive_news": """\
R Saltar para o conteúdo
R Iniciar sessão
R Assinar
R Sociedade
R Política
R Economia
R Mundo
R Desporto
R Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação. Ao continuar a navegar, está a consentir a sua utilização.
R Aceito
R Saber mais
T Governo aprova aumento do salário mínimo para 820 euros
R Lusa
R 21 de Março de 2024, 14:05
A O Conselho de Ministros aprovou esta quinta-feira o aumento do salário mínimo nacional para 820 euros a partir de 1 de Janeiro.
A A subida abrange cerca de 800 mil trabalhadores, segundo os dados do Ministério do Trabalho.
A As confederações patronais consideram o aumento "excessivo" para as pequenas empresas do interior.
R Este artigo é exclusivo para assinantes
R Já é assinante? Inicie sessão
R Assine já
R Partilhar
R Facebook
R Twitter
R Email
R Mais lidas
R Greve dos professores marcada para segunda-feira
R Siga-nos nas redes sociais
R Ficha técnica
R Estatuto editorial
R Contactos
R Termos e condições
R © 2024 Jornal Diário. Todos os direitos reservados.
""",
    # a Brazilian regional paper as an extractor leaves it: byline, photo credits, read-also lines, comments
    "br_regional": """\
T Chuva forte deixa bairros alagados em Porto Alegre
R Por Redação
R Publicado em 21/03/2024 às 08h15
A A chuva que caiu durante a madrugada desta quinta-feira deixou pelo menos 12 bairros alagados na zona norte de Porto Alegre.
R Foto: Divulgação/Prefeitura de Porto Alegre
A Moradores do bairro Sarandi relatam que a água chegou a um metro de altura em algumas ruas.
A "Perdemos tudo de novo, os móveis, a geladeira, tudo", contou uma aposentada.
R LEIA TAMBÉM: Defesa Civil emite alerta para novas tempestades no fim de semana
A As fotos compartilhadas nas redes sociais mostram carros submersos na Avenida Assis Brasil.
A A prefeitura informou que não vai comentar as críticas dos moradores antes de concluir o levantamento dos danos.
R (Foto: Reprodução/Redes sociais)
R ASSISTA: Vídeo mostra ruas tomadas pela água
R 4 comentários
R Carlos Alberto
R 21/03/2024 às 10h12
R Todo ano a mesma coisa e ninguém faz nada.
R Responder
R Denunciar
R Deixe seu comentário
R Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.
""",
    # a Portuguese business page as an extractor leaves it: a quote widget inside the text
    "pt_business": """\
R Mercados
T PSI fecha em alta com BCP a liderar ganhos
R 21 Mar 2024, 17:45
A A bolsa de Lisboa fechou a sessão desta quinta-feira em alta, com o PSI a valorizar 1,4% para os 6.512 pontos.
A Os principais indicadores do dia:
A PSI: 6.512 pontos
A Euro/dólar: 1,087
A Brent: 85,40 dólares
A O BCP liderou os ganhos, a subir 3,2%, seguido da Galp, que avançou 2,1%.
R BCP
R Cotação
R 0,341
R +3,21%
R Adicionar à carteira
R Dados com atraso de 15 minutos
A Os analistas esperam que a tendência se mantenha caso o BCE confirme o corte das taxas de juro em junho.
R Ler mais
R Subscreva a newsletter de Economia e receba todos os dias as notícias dos mercados.
R Exclusivo assinantes
""",
    # a Brazilian sports site as a naive scraper keeps it: a results table and live promos
    "br_naive_sport": """\
R Futebol
R Brasileirão
R Tabela
R Ao vivo
R Agenda
T Palmeiras vence o Flamengo por 2 a 0 e assume a liderança
R Assista aos melhores momentos
A O Palmeiras venceu o Flamengo por 2 a 0 neste domingo, no Allianz Parque, pela 12ª rodada do Campeonato Brasileiro.
A Os gols foram marcados por Endrick, aos 34 minutos do primeiro tempo, e Raphael Veiga, de pênalti, aos 33 do segundo.
A Classificação após a 12ª rodada:
A 1. Palmeiras 27
A 2. Flamengo 25
A 3. Botafogo 24
A 4. São Paulo 21
A "O time jogou com muita personalidade", disse o técnico na entrevista coletiva.
A Próximo jogo
A O Palmeiras volta a campo na quarta-feira contra o Grêmio, em Porto Alegre.
R (Foto: Cesar Greco/Palmeiras)
R Compartilhar no WhatsApp
R Mais notícias
R Flamengo anuncia contratação de zagueiro
R Veja a tabela completa
R Publicidade
R Aposte com responsabilidade. Proibido para menores de 18 anos.
""",
    # a European Portuguese blog as an extractor leaves it: the WordPress share row and comment thread
    "pt_blog": """\
T Três dias no Douro: roteiro e dicas
R Publicado em 12 de Agosto de 2023 por Sofia
A Este verão decidimos passar um fim de semana prolongado no Douro. Ficámos numa quinta perto do Pinhão e fizemos um passeio de barco no rio.
A No primeiro dia visitámos a Quinta do Bomfim e fizemos uma prova de vinhos do Porto.
A O que levar na mala
A Sapatos confortáveis, chapéu e protetor solar: em Agosto as temperaturas passam facilmente os 40 graus.
A Se tiverem perguntas deixem nos comentários, respondo a todos!
R Partilhar isto:
R Clique para partilhar no Facebook (Abre numa nova janela)
R Clique para partilhar no WhatsApp (Abre numa nova janela)
R Gostar disto:
R Gosto Carregando...
R Relacionado
R 2 comentários
R Miguel
R 13 de Agosto de 2023 às 09:12
R Adorei o artigo, para o ano também vamos.
R Responder
R Sofia
R 13 de Agosto de 2023 às 10:01
R Obrigada! Recomendo Setembro, na altura das vindimas.
R Responder
R Deixe um comentário Cancelar resposta
R O seu endereço de email não será publicado. Campos obrigatórios marcados com *
R Guardar o meu nome, email e site neste navegador para a próxima vez que eu comentar.
R Publicar comentário
""",
    # a Brazilian recipe as an extractor leaves it: imperatives and ingredient lists must stay
    "br_recipe": """\
R Pular para a receita
T Bolo de cenoura com cobertura de chocolate
A Esse bolo de cenoura é o favorito aqui de casa. Fica fofinho e a cobertura endurece por cima, do jeito que a gente gosta.
A Ingredientes
A 3 cenouras médias
A 4 ovos
A 2 xícaras de açúcar
A 1 colher de sopa de fermento em pó
A Modo de preparo
A Bata no liquidificador as cenouras, os ovos e o óleo até ficar homogêneo.
A Misture o açúcar e a farinha e acrescente o fermento por último.
A Asse em forno preaquecido a 180 °C por cerca de 40 minutos.
A Guarde o bolo em um recipiente fechado por até três dias.
R Imprimir receita
R Avalie esta receita
R Fez esta receita? Conte pra gente nos comentários!
R Cadastre-se para receber nossas receitas por e-mail toda semana.
""",
    # a Brazilian online shop as a naive scraper keeps it: product page with cart, shipping and reviews
    "br_naive_shop": """\
R Frete grátis para compras acima de R$ 199
R Minha conta
R Carrinho
R Entrar ou cadastrar
R Eletroportáteis
T Chaleira Elétrica Inox 1,7 L 127V
R R$ 149,90
R ou 3x de R$ 49,97 sem juros
R Comprar
R Adicionar ao carrinho
R Calcular frete
A Chaleira elétrica em aço inox com capacidade de 1,7 litro e potência de 1500 W. Ferve um litro de água em menos de quatro minutos.
A Características:
A Capacidade: 1,7 L
A Potência: 1500 W
A Voltagem: 127V
A Desliga automaticamente quando a água ferve ou quando é retirada da base.
R Avaliações (23)
R Escreva uma avaliação
R Quem viu este produto também comprou
R Formas de pagamento
R Trocas e devoluções
R Loja Exemplo Comércio Ltda - CNPJ 12.345.678/0001-90
""",
    # a European Portuguese long-read as an extractor leaves it: subheadings, one-line quotes and a syndication tail
    "pt_longread": """\
T O país que deixou de ter filhos
R Texto de Joana Martins
R 21 de Março de 2024
A Em 2023 nasceram em Portugal cerca de 85 mil crianças. A natalidade recuperou ligeiramente, mas continua muito abaixo do necessário para renovar gerações.
A Uma queda de décadas
A Segundo o INE, o número médio de filhos por mulher está abaixo de 1,5 desde o início do século.
A "Não é que não queiramos filhos. É que não conseguimos pagar uma casa."
A Quem o diz é Rita, 34 anos, professora contratada em Setúbal.
R Foto: Rui Gaudêncio
A As medidas que não chegam
A O abono de família chegou a mais de um milhão de crianças, mas os demógrafos dizem que não chega para inverter a tendência.
A Veja-se o caso do Alentejo, onde a população diminuiu em quase todos os concelhos.
A "Precisamos de creches, não de subsídios."
R Leia também: Portugal é o país da UE com mais emigrantes
R Siga-nos no Facebook e no Instagram
R Tópicos: natalidade, demografia, família
""",
    # a Portuguese municipal notice as a naive scraper keeps it
    "pt_naive_camara": """\
R Câmara Municipal do Porto
R Ir para o conteúdo
R Município
R Serviços
R Notícias
R Início > Notícias > Avisos
T Corte de trânsito na Rua de Santa Catarina para obras na rede de saneamento
A Informa-se que entre 25 de Março e 5 de Abril a Rua de Santa Catarina estará cortada ao trânsito entre a Praça da Batalha e a Rua Passos Manuel.
A As linhas 300 e 305 da STCP serão desviadas pela Rua de Sá da Bandeira.
A Para mais informações contacte a Linha Porto pelo número 220 100 220.
R Publicado em 21/03/2024
R Partilhe esta página
R Voltar ao topo
R Contactos
R Mapa do site
R Acessibilidade
R Política de privacidade
R Câmara Municipal do Porto - Praça General Humberto Delgado - NIF 501306099
""",
}

#: Residue lines each page still keeps (the probe's measure); may only go down.
RESIDUE_LEFT: dict[str, int] = {
    "br_naive_shop": 1,  # the price line: a bare number, as a table of the article's own has
    # the quote box inside the text: the ticker and two bare numbers between two paragraphs (a name and a
    # number line are what a table of the article's own is made of); the section word at the head
    "pt_business": 4,
}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="pt"
)


test_article_lines_survive_as_portuguese, test_probe_pages_are_told_portuguese = language_probe_tests(CASES, "pt")


_SHORT_LINES = [
    # subheadings, quotes and list items that share words with the new patterns
    "Os melhores momentos do clássico",
    "Veja o resumo das mudanças:",
    "Exclusivo: assinantes reclamam de cobrança",
    "Aposte na educação",
    "NIF e NIPC: o que muda",
    "Texto de apoio",
    "Fez esta receita?",
    "Cadastre-se no portal",
]


test_short_line_survives = short_line_tests(ARTICLES["pt"], _SHORT_LINES)


test_residue_goes = tail_residue_tests(
    ARTICLES["pt"],
    [
        ("Loja Exemplo Comércio Ltda - CNPJ 12.345.678/0001-90", "copyright"),
        ("Câmara Municipal do Porto - Praça General Humberto Delgado - NIF 501306099", "copyright"),
        ("Assista aos melhores momentos", "teaser-box"),
        ("Aposte com responsabilidade. Proibido para menores de 18 anos.", "ad-marker"),
        ("Fez esta receita? Conte pra gente nos comentários!", "site-chrome"),
        ("Cadastre-se para receber nossas receitas por e-mail toda semana.", "newsletter-prompt"),
        ("Exclusivo assinantes", "paywall"),
        ("Texto de Joana Martins", "byline"),
    ],
)


if __name__ == "__main__":
    from probes import report

    report(CASES)
