import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Spanish UI strings (Spain and Latin America). */
export const es: readonly PhraseEntry[] = entries("es", {
  share: [
    "Compartir", // share button
    "Compartir en *", // "Compartir en Facebook"
    "Compartir este artículo", // share block header
    "Enviar por correo", // email share button
    "Enviar por email", // email share button
    "Imprimir", // print button
    "Copiar enlace", // copy-link button
    "Enlace copiado", // copy-link toast
    "Síguenos", // social block header
    "Síguenos en *", // "Síguenos en Telegram"
  ],
  subscribe: [
    "Suscríbete", // subscribe button
    "Suscribirse", // subscribe button
    "Suscríbete a *", // "Suscríbete a nuestro boletín"
    "Suscríbete al newsletter", // newsletter box
    "Boletín", // newsletter box title
    "Newsletter", // newsletter box title
    "Recibe nuestro boletín", // newsletter box
    "Tu correo electrónico", // newsletter form placeholder
    "Ya soy suscriptor", // paywall prompt
    "Darse de baja", // newsletter footer
  ],
  cookie: [
    "Aceptar", // cookie banner button
    "Aceptar todo", // cookie banner button
    "Aceptar todas", // cookie banner button
    "Aceptar cookies", // cookie banner button
    "Rechazar", // cookie banner button
    "Configurar cookies", // cookie banner button
    "Política de cookies", // footer link
    "Este sitio web utiliza cookies", // cookie banner text
    "Utilizamos cookies", // cookie banner text
  ],
  comments: [
    "Comentarios", // comments section header
    "Comentar", // comment button
    "# comentarios", // "12 comentarios"
    "Deja un comentario", // comment form header
    "Dejar un comentario", // comment form header
    "Ver comentarios", // comments toggle
    "Todos los comentarios", // comments tab
    "Iniciar sesión", // account link
    "Entrar", // account link
    "Regístrate", // account link
    "Registrarse", // account link
    "Mi cuenta", // account link
    "Reportar un error", // correction form link
    "Responder", // comment reply button
  ],
  widget: [
    "Tu mensaje ha sido enviado", // contact form confirmation
    "Su mensaje ha sido enviado", // contact form confirmation (formal)
    "Mensaje enviado", // form confirmation
    "Gracias por tu mensaje", // form confirmation
    "Se ha producido un error", // form error
    "Ha ocurrido un error", // form error
    "Algo salió mal", // form error
    "Inténtalo de nuevo", // form error
    "Por favor, inténtalo de nuevo", // form error
    "Inténtelo de nuevo más tarde", // form error
    "Cargando", // "Cargando..." spinner
    "Escuchar este artículo", // text-to-speech player
    "Escuchar", // audio player button
    "Reproducir", // video player button
    "Cerrar", // modal close button
    "Buscar", // search box
    "Enviar", // form button
    "Cancelar", // form button
    "Volver arriba", // footer link
    "Ir al contenido", // accessibility link
    "Leer más", // excerpt link
    "Más información", // excerpt link
    "Ver más", // collapsible section button
    "Actualizado", // timestamp label
    "En directo", // live badge
    "En vivo", // live badge
  ],
  caption: [
    "Imagen de archivo", // stock-photo caption
    "Foto de archivo", // stock-photo caption
  ],
  byline: [
    "Por", // byline label on its own line
    "Autor", // byline label
    "Publicado", // timestamp label
  ],
  ad: [
    "Publicidad", // ad slot label
    "Anuncio", // ad slot label
    "Patrocinado", // native ad label
    "Contenido patrocinado", // native ad label
  ],
  related: [
    "Quizás te interese", // recommendation box
    "Lee también", // teaser label
    "Lea también", // teaser label
    "Leer también", // teaser label
    "Te puede interesar", // teaser label
    "También te puede interesar", // recommendation box
    "Noticias relacionadas", // related box header
    "Artículos relacionados", // related box header
    "Relacionado", // related box header
    "Lo más leído", // popularity box
    "Lo más visto", // popularity box
    "Más leídas", // popularity box
    "Tendencias", // trending box
    "Últimas noticias", // latest box
    "Más noticias", // related box header
    "Temas", // tag list header
    "Etiquetas", // tag list header
  ],
  nav: [
    "Inicio", // breadcrumb
    "Portada", // breadcrumb
    "Noticias", // breadcrumb
    "Todos los derechos reservados", // footer
    "Aviso legal", // footer
    "Política de privacidad", // footer
    "Contacto", // footer
  ],
});
