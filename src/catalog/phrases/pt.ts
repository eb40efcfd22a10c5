import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Portuguese UI strings (Brazil and Portugal). */
export const pt: readonly PhraseEntry[] = entries("pt", {
  share: [
    "Compartilhar", // share button (Brazil)
    "Partilhar", // share button (Portugal)
    "Compartilhar no *", // "Compartilhar no Facebook"
    "Compartilhe", // share button
    "Compartilhe *", // "Compartilhe esta notícia"
    "Partilhar no *", // "Partilhar no Facebook"
    "Enviar por e-mail", // email share button
    "Imprimir", // print button
    "Copiar link", // copy-link button
    "Link copiado", // copy-link toast
    "Siga-nos", // social block header
    "Siga-nos no *", // "Siga-nos no Telegram"
    "Siga-nos nas redes sociais", // social block header
  ],
  subscribe: [
    "Assine", // subscribe button
    "Assine já", // subscribe button
    "Assinar", // subscribe button
    "Assine a nossa newsletter", // newsletter box
    "Assine nossa newsletter", // newsletter box (Brazil)
    "Subscreva a newsletter", // newsletter box (Portugal)
    "Inscreva-se", // newsletter form button
    "Newsletter", // newsletter box title
    "Seu e-mail", // newsletter form placeholder
    "Já é assinante", // paywall prompt
  ],
  cookie: [
    "Aceitar", // cookie banner button
    "Aceitar todos", // cookie banner button
    "Aceito", // cookie banner button
    "Concordo", // cookie banner button
    "Rejeitar", // cookie banner button
    "Política de cookies", // footer link
    "Este site utiliza cookies", // cookie banner text
    "Utilizamos cookies", // cookie banner text
  ],
  comments: [
    "Comentários", // comments section header
    "Comentar", // comment button
    "# comentários", // "12 comentários"
    "Deixe um comentário", // comment form header
    "Deixe seu comentário", // comment form header
    "Ver comentários", // comments toggle
    "Todos os comentários", // comments tab
    "Entrar", // account link
    "Iniciar sessão", // account link (Portugal)
    "Cadastre-se", // account link (Brazil)
    "Registar", // account link (Portugal)
    "Minha conta", // account link
    "Reportar erro", // correction form link
    "Responder", // comment reply button
  ],
  widget: [
    "Sua mensagem foi enviada", // contact form confirmation (Brazil)
    "A sua mensagem foi enviada", // contact form confirmation (Portugal)
    "Mensagem enviada", // form confirmation
    "Obrigado pela sua mensagem", // form confirmation
    "Ocorreu um erro", // form error
    "Algo deu errado", // form error
    "Tente novamente", // form error
    "Tente novamente mais tarde", // form error
    "Carregando", // "Carregando..." spinner (Brazil)
    "A carregar", // spinner (Portugal)
    "Ouvir este artigo", // text-to-speech player
    "Ouça este conteúdo", // text-to-speech player
    "Ouvir", // audio player button
    "Fechar", // modal close button
    "Buscar", // search box
    "Pesquisar", // search box
    "Enviar", // form button
    "Cancelar", // form button
    "Voltar ao topo", // footer link
    "Leia mais", // excerpt link
    "Ver mais", // collapsible section button
    "Atualizado", // timestamp label
  ],
  caption: [
    "Foto de arquivo", // stock-photo caption
    "Imagem ilustrativa", // stock-photo caption
  ],
  byline: [
    "Por", // byline label on its own line
    "Autor", // byline label
    "Publicado em", // timestamp label
  ],
  ad: [
    "Publicidade", // ad slot label
    "Anúncio", // ad slot label
    "Patrocinado", // native ad label
    "Conteúdo patrocinado", // native ad label
  ],
  related: [
    "Você também pode gostar", // recommendation box
    "Também pode lhe interessar", // recommendation box
    "Pode interessar-lhe", // recommendation box
    "Leia também", // teaser label
    "Veja também", // teaser label
    "Saiba mais", // teaser label
    "Notícias relacionadas", // related box header
    "Matérias relacionadas", // related box header
    "Mais lidas", // popularity box
    "Mais lidos", // popularity box
    "Em alta", // trending box
    "Últimas notícias", // latest box
    "Você pode gostar", // recommendation box
    "Tópicos", // tag list header
  ],
  nav: [
    "Início", // breadcrumb
    "Notícias", // breadcrumb
    "Todos os direitos reservados", // footer
    "Política de privacidade", // footer
    "Termos de uso", // footer
    "Fale conosco", // footer
  ],
});
