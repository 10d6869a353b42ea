"""Spanish pages, a third probe: the NON-NEWS pages people scrape (the first two probes,
``test_lang_es.py`` and ``test_lang_es_2.py``, are news-heavy).

Each line is tagged ``A`` (article: must survive), ``R`` (residue) or ``T`` (a headline or a line
that may go either way). Article lines must survive (a hard assertion); the residue left on each
page is recorded in ``RESIDUE_LEFT`` and may only shrink.

Three pages are what a NAIVE scraper keeps (all the visible text: a town hall's electronic office
page with its cookie banner, "Índice" and "¿Te ha resultado útil esta página?", a software
documentation how-to with its breadcrumbs, "En esta página" and "Editar esta página en GitHub", a
shop's product page with its price, "Añadir al carrito" and reviews), four what an EXTRACTOR lets
through (an NGO appeal that asks for money in its own prose, a job posting, a wiki-style article with
"[editar]" headings and its references, a recipe blog with its readers' comments). The article lines
resemble residue on purpose: how-to imperatives ("Haz clic en Guardar y vuelve a iniciar sesión"),
numbered steps and a command line, a shop's own spec list, an appeal's own "Dona ahora lo que
puedas", a job's list of duties, a recipe's imperative steps, a notice's list of papers to bring.

Measured when the probe was written, before any rule change (7 pages, 81 article and 142 residue lines):
article lines lost 2 (the town hall's first section heading, "Qué es", right over the first paragraph under
the page's index, taken by edge-furniture with the index; a spec list's last row without a figure,
"Material: vidrio de borosilicato y acero inoxidable", taken by edge-furniture with the shop's box after it),
residue lines left 19 (the docs page's "Editar esta página en GitHub", the charity's "Dona ahora" and its
amounts, the shop's tabs, rating and review byline, the encyclopedia's tagline, "↑" references and footer).
After: article lines lost 0, residue lines left 9 (see ``RESIDUE_LEFT``).
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
    # NAIVE: a town hall's electronic office, one procedure
    "ayuntamiento": """\
R Saltar al contenido principal
R Este sitio web utiliza cookies propias y de terceros para mejorar su experiencia de navegación. Si continúa navegando, consideramos que acepta su uso.
R Aceptar
R Rechazar
R Configurar cookies
R Ayuntamiento de Valdeluna
R Sede electrónica
R Buscar
R Inicio
R Trámites
R Padrón municipal
T Empadronamiento: alta en el padrón municipal
R Índice
R Qué es
R Quién puede solicitarlo
R Documentación
R Cómo se tramita
A Qué es
A El padrón municipal es el registro administrativo donde constan los vecinos del municipio. Inscribirse es obligatorio para toda persona que viva habitualmente en Valdeluna.
A Quién puede solicitarlo
A Cualquier persona mayor de edad que resida en el municipio, y los padres o tutores en nombre de los menores.
A Documentación
A DNI, NIE o pasaporte en vigor
A Contrato de alquiler o escritura de la vivienda
A Autorización firmada por el titular si la vivienda no está a su nombre
A Cómo se tramita
A Puede hacerlo en línea con certificado digital o Cl@ve, o de forma presencial con cita previa en la Oficina de Atención Ciudadana.
T Iniciar trámite
A Pida cita previa en el 010 o en la web municipal. El plazo máximo de resolución es de tres meses.
A Plazo y coste
A El trámite es gratuito.
R Última actualización: 14/03/2025
R Imprimir
R Compartir
R ¿Te ha resultado útil esta página?
R Sí
R No
R Trámites relacionados
R Certificado de empadronamiento
R Cambio de domicilio en el padrón
R Aviso legal
R Accesibilidad
R Política de privacidad
R Mapa web
R Contacto
R © Ayuntamiento de Valdeluna 2025
""",
    # NAIVE: a software documentation how-to
    "docs": """\
R Documentación
R Guías
R Referencia de la API
R Novedades
R Buscar en la documentación
R Iniciar sesión
R Documentación
R Cuenta
R Seguridad
T Activar la verificación en dos pasos
R En esta página
R Requisitos
R Configurar la aplicación de autenticación
R Códigos de recuperación
R Solución de problemas
A La verificación en dos pasos añade un segundo paso al iniciar sesión: además de la contraseña, necesitas un código generado en tu teléfono.
A Requisitos
A Necesitas el rol de Propietario o Administrador para exigir la verificación en todo el espacio de trabajo.
A Configurar la aplicación de autenticación
A 1. Ve a Configuración > Seguridad.
A 2. Haz clic en Activar verificación en dos pasos.
A 3. Escanea el código QR con tu aplicación de autenticación.
A 4. Introduce el código de seis dígitos.
A Haz clic en Guardar y vuelve a iniciar sesión.
A Códigos de recuperación
A Descarga tus códigos de recuperación y guárdalos en un lugar seguro. Cada código solo sirve una vez.
A También puedes activarla desde la línea de comandos:
A $ nubeo auth mfa enable --method totp
A Nota: si pierdes el teléfono y los códigos, pide al propietario del espacio de trabajo que restablezca la verificación.
A Solución de problemas
A Si el código no funciona, comprueba que la hora del teléfono se ajusta automáticamente.
A Para enterarte de los cambios en esta guía, suscríbete al canal RSS desde tu lector.
R ¿Te ha sido útil este artículo?
R Sí
R No
R Editar esta página en GitHub
R Última actualización: 12 de enero de 2025
R Anterior
R Gestionar claves de API
R Siguiente
R Inicio de sesión único (SSO)
R © 2025 Nubeo. Documentación publicada bajo licencia CC BY 4.0.
""",
    # NAIVE: a shop's product page
    "producto": """\
R Envío gratis en pedidos superiores a 49 €
R Tienda
R Cocina
R Café
R Ofertas
R Mi cuenta
R Carrito (0)
R Inicio
R Cocina
R Cafeteras
T Cafetera de goteo manual Alba 600 ml
T 34,99 €
R IVA incluido
R ★★★★☆ 4,6 (212 opiniones)
R En stock
R Cantidad
R Añadir al carrito
R Añadir a la lista de deseos
A Prepara una taza limpia y aromática en cuatro minutos con una jarra de vidrio de borosilicato y un filtro de acero inoxidable reutilizable.
A Sin filtros de papel, sin cápsulas, sin residuos.
A Qué incluye
A Jarra de vidrio de 600 ml
A Filtro de acero inoxidable
A Collar de bambú y cordón de cuero
A Cuidados
A Enjuaga el filtro después de cada uso y lávalo en el lavavajillas una vez por semana.
A Especificaciones
A Capacidad: 600 ml (4 tazas)
A Peso: 420 g
A Material: vidrio de borosilicato y acero inoxidable
R Envío y devoluciones
R Devoluciones gratuitas en 30 días.
R Opiniones de clientes
R 4,6 de 5
R Escribir una opinión
R Muy buen café y fácil de limpiar
R Compra verificada
R Lucía, 12 de marzo de 2025
R El mejor café que he hecho en casa.
R ¿Te ha resultado útil esta opinión? Sí (14) No (1)
R Los clientes también compraron
R Molinillo manual
R 24,99 €
R Suscríbete y consigue un 10 % de descuento en tu primer pedido
R © 2025 Casa Alba S.L.
""",
    # EXTRACTOR: an NGO appeal (the appeal itself asks for money)
    "ong": """\
T Agua limpia para Kibera: nuestra campaña de invierno
R Dona ahora
A Este invierno, 12.000 familias de Kibera harán cola para conseguir agua que no es potable.
A Grace, madre de cuatro hijos, camina 40 minutos de ida y otros tantos de vuelta hasta el grifo más cercano que funciona. Su hija pequeña enfermó tres veces el año pasado.
A «Cuando el grifo se rompe, compramos el agua a los carros. Nos cuesta más que la comida».
A Un pozo nuevo con bomba solar cuesta 18.000 euros y abastece a 3.000 personas durante al menos 15 años.
A Dona ahora lo que puedas: con 30 euros pagas un filtro de agua para una familia y con 100 formas a un técnico de reparaciones de la comunidad.
A Todas las donaciones recibidas antes del 31 de diciembre se duplicarán gracias a la Fundación Hollins, hasta 50.000 euros.
A Recuerda que tu donativo desgrava: puedes deducir hasta el 80 % de los primeros 250 euros en tu declaración de la renta.
R Dona ahora
R 30 €
R 50 €
R 100 €
R Otra cantidad
R Quiero que mi donación sea mensual
R Hazte socio
R Tu donación es segura. Somos una ONG inscrita en el Registro Nacional de Asociaciones con el número 123456.
R Comparte esta campaña
R Suscríbete a nuestro boletín
R Foto: AguaViva/James Otieno
""",
    # EXTRACTOR: a job posting
    "empleo": """\
T Analista de datos sénior
T Salud Norte
T Madrid, España (híbrido)
T Jornada completa
T 42.000 € - 50.000 € brutos/año
R Publicada hace 5 días
R Inscribirme en esta oferta
R Guardar oferta
A Salud Norte gestiona 40 centros de salud en la Comunidad de Madrid. Buscamos un analista de datos sénior para ayudar a nuestros centros a reducir las listas de espera.
A Funciones
A Crear y mantener cuadros de mando para los responsables de cada centro
A Colaborar con el personal sanitario para convertir sus preguntas en análisis
A Compartir los resultados con tu equipo y con la dirección cada trimestre
A Requisitos
A Al menos 3 años de experiencia con SQL y Python
A Experiencia presentando datos a públicos no técnicos
A Ofrecemos
A 23 días laborables de vacaciones
A Seguro médico privado
A Para inscribirte, envía tu currículum y una breve carta de presentación antes del 30 de abril. Responderemos a todas las candidaturas.
A Salud Norte es una empresa comprometida con la igualdad de oportunidades.
R Inscribirme en esta oferta
R Denunciar esta oferta
R Ofertas similares
R Analista de datos - Hospital Universitario - Valencia
R Recibe por email ofertas de empleo similares
""",
    # EXTRACTOR: a wiki-style article with [editar] headings and its references
    "wiki": """\
T Manzana reineta
R De Wikipedia, la enciclopedia libre
A La manzana reineta es una variedad de manzana cultivada sobre todo en el norte de España y en Francia. Es muy apreciada en repostería.[1]
A Historia[editar]
A Se cultiva en Asturias desde el siglo XVIII, y figura entre las variedades admitidas por la Denominación de Origen Protegida de la sidra asturiana.[2]
A Características[editar]
A El fruto es grande, de piel rugosa y color verde amarillento, con una pulpa ácida que se deshace al asarla.[3]
A Usos[editar]
A Se emplea en la tarta de manzana, en compotas y asada al horno con canela.
T Véase también[editar]
T Anexo:Variedades de manzana
T Referencias[editar]
R ↑ «Manzana reineta». Ministerio de Agricultura, Pesca y Alimentación. Consultado el 4 de mayo de 2021.
R ↑ García, Luis (1998). Frutales de Asturias. Oviedo: Ediciones del Norte. p. 79. ISBN 978-84-8367-000-0.
R ↑ «La reineta del Bierzo». Consejo Regulador. Archivado desde el original el 2 de marzo de 2016.
R Enlaces externos
R Wikimedia Commons alberga una categoría multimedia sobre Manzana reineta.
R Categorías: Variedades de manzana | Gastronomía de Asturias
R Esta página se editó por última vez el 9 ene 2025 a las 10:14.
R El texto está disponible bajo la Licencia Creative Commons Atribución Compartir Igual 4.0; pueden aplicarse cláusulas adicionales.
""",
    # EXTRACTOR: a recipe blog with its readers' comments
    "receta": """\
T Tortilla de patatas jugosa, la receta de mi abuela
R Publicado el 3 de febrero de 2025 por Marta
R 5 comentarios
A La tortilla de patatas es de esas recetas que cada casa hace a su manera. Esta es la de mi abuela, con cebolla y bien jugosa por dentro.
A Ingredientes
A 6 huevos
A 600 g de patatas
A 1 cebolla
A Aceite de oliva virgen extra y sal
A Preparación
A Pela las patatas y córtalas en láminas finas.
A Pocha las patatas y la cebolla a fuego lento durante 25 minutos.
A Bate los huevos, mézclalos con las patatas escurridas y deja reposar 10 minutos.
A Cuaja la tortilla por un lado, dale la vuelta con un plato y déjala un minuto más.
A Consejo: si la queréis menos cuajada, apagad el fuego antes de darle la vuelta.
R Comparte esta receta
R Pinterest
R Facebook
R WhatsApp
R 5 comentarios
R Carmen
R 4 febrero, 2025 a las 9:12
R ¡Me ha salido riquísima! Yo le pongo un poco de pimiento verde.
R Responder
R Marta
R 4 febrero, 2025 a las 11:40
R Gracias, Carmen, ¡con pimiento también queda genial!
R Responder
R Deja un comentario
R Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *
R Comentario
R Nombre *
R Correo electrónico *
R Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.
R Publicar el comentario
""",
}

#: The residue each page still keeps (may only shrink), and why it is left.
RESIDUE_LEFT: dict[str, int] = {
    # the donate form's amounts ("30 €", "50 €", "100 €"): a run of figures is the article's own table as often
    "ong": 3,
    # the delivery promise under the shop's tab ("Devoluciones gratuitas en 30 días.": a sentence) and a review's
    # title and text (a reader's sentences, the shape of the article's own)
    "producto": 3,
    # the external links' heading ("Enlaces externos": a blog's own subheading too), the sister project's box (one
    # platform's sentence) and the licence line ("El texto está disponible bajo la Licencia Creative Commons…": the
    # rights table takes the licence only where no article sentence could say it)
    "wiki": 3,
}

#: Article lines a page is known to lose (a strict ratchet: a fix empties it).
KNOWN_LOST: dict[str, list[str]] = {}


test_article_lines_survive, test_residue_left_does_not_grow, test_cleaning_twice_changes_nothing = tagged_probe_tests(
    CASES, RESIDUE_LEFT, also_as="es", known_lost=KNOWN_LOST
)


test_article_lines_survive_as_spanish, test_probe_pages_are_told_spanish = language_probe_tests(
    CASES, "es", known_lost=KNOWN_LOST
)


# -- the rules the probe led to: the residue goes, article lines resembling it stay -----------------

RESIDUE_GOES = [
    ("Editar esta página en GitHub", "site-chrome"),
    ("Sugerir cambios en esta página", "site-chrome"),
    ("Envío y devoluciones", "site-chrome"),
    ("Opiniones de clientes", "site-chrome"),
    ("Escribir una opinión", "site-chrome"),
    ("Compra verificada", "site-chrome"),
    ("4,6 de 5", "site-chrome"),
    ("Dona ahora", "site-chrome"),
    ("Otra cantidad", "site-chrome"),
    ("Quiero que mi donación sea mensual", "site-chrome"),
    ("De Wikipedia, la enciclopedia libre", "site-chrome"),
    ("↑ García, Luis (1998). Frutales de Asturias. Oviedo: Ediciones del Norte. p. 79.", "site-chrome"),
    ("Esta página se editó por última vez el 9 ene 2025 a las 10:14.", "site-chrome"),
    ("Suscríbete y consigue un 10 % de descuento en tu primer pedido", "newsletter-prompt"),
    ("Lucía, 12 de marzo de 2025", "dateline"),
    ("Madrid, 12 de marzo de 2025", "dateline"),
]

test_residue_goes = residue_goes_tests(ARTICLES["es"], RESIDUE_GOES)


#: Article lines that resemble the residue above: they stay in the middle and at the end of an article.
SHORT_LINES = [
    "Haz clic en Guardar y vuelve a iniciar sesión.",
    "1. Ve a Configuración > Seguridad.",
    "Pela las patatas y córtalas en láminas finas.",
    "Capacidad: 600 ml (4 tazas)",
    "Editar esta página en GitHub exige una cuenta, explicó la desarrolladora.",
    "Dona ahora y tu aportación se duplicará, pidió la ONG.",
    "Dona ahora lo que puedas: con 30 euros pagas un filtro de agua para una familia.",
    "Compra verificada o no, la reseña cuenta igual, según la tienda.",
    "4,6 de 5 fue la nota media que dieron los clientes, según la empresa.",
    "Otra cantidad de dinero llegó después de la auditoría.",
    "De Wikipedia, la enciclopedia libre, salieron la mayoría de las citas del libro.",
    "Esta página se editó por última vez el 9 de enero, según el historial, y nadie la ha revisado.",
    "Suscríbete y consigue un 10 % de descuento, decía el correo fraudulento.",
    "Madrid, 12 de marzo de 2025: el Gobierno aprobó ayer el plan de vivienda.",
    "Envío y devoluciones gratuitas para todos los pedidos, anunció la empresa.",
    "Opiniones de clientes falsas inundan las tiendas en línea, según la asociación de consumidores.",
]

test_short_line_survives = short_line_tests(ARTICLES["es"], SHORT_LINES)


test_a_section_name_between_two_paragraphs_is_their_subheading = section_name_tests(
    ARTICLES["es"], ("Accesibilidad", "Contacto", "Preguntas frecuentes"), ["Aviso legal", "Privacidad", "Accesibilidad", "Contacto"]
)


_SECTIONS = ["Costes", "Calendario"]


(
    test_a_table_of_contents_goes_with_its_heading_and_the_sections_stay,
    test_a_list_under_a_contents_heading_whose_items_head_nothing_stays,
) = contents_tests(
    ARTICLES["es"], ("Índice", "En esta página", "Contenido"), (_SECTIONS[0], _SECTIONS[1]), "Calendario: dos años de obras",
    [["Una tienda de campaña para dos", "Cuatro varillas"], ["Costes", "Qué dicen los vecinos"]], "Índice",
)


def test_the_headings_a_table_of_contents_names_stay_at_the_edge() -> None:
    # a service page's index over its first paragraph: the first section's heading stands right over it, where a
    # menu's last line would
    a1, a2, a3 = ARTICLES["es"]
    page = ["Inicio", "Trámites", "Padrón municipal", "Índice", "Qué es", "Cómo se tramita", "Qué es", a1, "Cómo se tramita", a2, a3]
    result = cleaner.explain_text("\n".join(page))
    assert result.text.split("\n") == ["Qué es", a1, "Cómo se tramita", a2, a3]


def test_a_wikis_table_of_contents_names_its_headings_without_their_edit_links() -> None:
    # "1 Historia" heads the section "Historia[editar]": the edit link glued after the heading is no part of its name
    a1, a2, a3 = ARTICLES["es"]
    page = [a1, "Índice", "1 Historia", "2 Usos", a2, "Historia[editar]", a3, "Usos[editar]", a1[:60] + "."]
    result = cleaner.explain_text("\n".join(page))
    # (the headings stay, their edit links trimmed off: edit-link, wiki29)
    assert result.text.split("\n") == [a1, a2, "Historia", a3, "Usos", a1[:60] + "."]
    assert {r.pass_name for r in result.removed} == {"table-of-contents", "edit-link"}


def test_a_spec_lists_rows_without_a_figure_stay_under_its_figures() -> None:
    # a product's spec list after the last paragraph, its last rows a label and a word value, the shop's box of
    # other products beyond it
    spec = ["Especificaciones", "Capacidad: 600 ml (4 tazas)", "Peso: 420 g", "Material: vidrio de borosilicato y acero inoxidable", "Color: negro mate"]
    box = ["Los clientes también compraron", "Molinillo manual", "24,99 €", "Cafetera italiana", "19,99 €", "Tienda", "Cocina"]
    for language in (None, "es"):
        kept = cleaner.clean_text("\n".join([*ARTICLES["es"], *spec, *box]), language=language).split("\n")
        assert kept[: len(ARTICLES["es"]) + len(spec)] == [*ARTICLES["es"], *spec], language
        assert "Molinillo manual" not in kept and "24,99 €" not in kept, language


if __name__ == "__main__":  # the probe's numbers: python tests/test_lang_es_3.py
    report(CASES)
    print("as Spanish:")
    report(CASES, lambda case: judge(case, language="es"))
